package app.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's error as a page: a module's refusal ({@link Refusal}) with its message, the
 * framework's own (a bad parameter, an unknown path) with theirs, and anything else as a
 * plain apology while the cause goes to the log. Security's refusals are left to the
 * gateway, which sends a stranger to the log-in page.
 */
@ControllerAdvice(annotations = BrowserPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler
	ModelAndView on(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		var refusal = AnnotationUtils.findAnnotation(ex.getClass(), Refusal.class);
		if (refusal != null) {
			return page(refusal.status(), ex.getMessage());
		}
		if (ex instanceof ErrorResponse framework) {
			var status = HttpStatus.valueOf(framework.getStatusCode().value());
			return page(status, status.is4xxClientError() ? framework.getBody().getDetail() : null);
		}
		log.error("A page failed", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private static ModelAndView page(HttpStatus status, @Nullable String message) {
		var page = new ModelAndView("web/error", status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("message", message != null ? message : "Something went wrong on our side. Please try again.");
		return page;
	}

}
