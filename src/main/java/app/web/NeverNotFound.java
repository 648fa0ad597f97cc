package app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler whose path names something but that answers for an unknown one too (an
 * empty result rather than 404): the API documentation then lists no 404 for it, as it
 * otherwise does for every path with a variable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NeverNotFound {

}
