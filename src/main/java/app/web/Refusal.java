package app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Declares, on the exception a module throws to refuse a request, what the client gets:
 * the HTTP status and the problem type. The one place a refusal is declared; ApiErrors
 * renders every one as a problem whose detail is the exception's message (ADR 0027).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Refusal {

	HttpStatus status();

	/** The problem type's slug, as in {@code urn:agora:problem:<slug>}. */
	String type();

	/**
	 * A refusal whose problem says more than its message, such as the fields at fault: it
	 * adds to the problem ApiErrors made from its status, type and message.
	 */
	interface Details {

		void describe(ProblemDetail problem);

	}

}
