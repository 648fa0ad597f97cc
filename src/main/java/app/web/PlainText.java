package app.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * Text a person typed on one line, such as a name or an address line: no control
 * characters (NUL, BEL, ESC, line breaks) and no invisible characters that reorder what
 * is shown (bidi overrides), which would otherwise travel on into emails and text
 * messages. The OpenAPI document carries the same pattern (app.web.OpenApiSchemas).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PlainText.PATTERN)
@ReportAsSingleViolation
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE, TYPE_USE })
@Retention(RUNTIME)
public @interface PlainText {

	/**
	 * Any character but C0 and C1 controls, the Arabic letter mark, left-to-right and
	 * right-to-left marks, line and paragraph separators, and bidi embeddings, overrides
	 * and isolates. Written so that Java and ECMAScript read it alike.
	 */
	String PATTERN = "^[^\\x00-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069]*$";

	String message() default "must not contain control characters, line breaks or invisible formatting characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
