package app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of pages for the browser (ADR 0038), rendered from the module's own
 * templates into the shared frame ({@code templates/web/layout.html}). Its errors are
 * pages too ({@link PageErrors}), never a problem+json body or a stack trace.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Controller
public @interface BrowserPages {

}
