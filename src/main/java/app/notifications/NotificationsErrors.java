package app.notifications;

import app.notifications.notification.NotRetryable;
import app.notifications.notification.NotificationNotFound;
import app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The notifications module's refusals as problem details: an unknown notification is a
 * 404, a retry of one that did not fail a 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationsErrors {

	@ExceptionHandler(NotificationNotFound.class)
	ProblemDetail notFound(NotificationNotFound ex) {
		return ApiProblems.of(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(NotRetryable.class)
	ProblemDetail notRetryable(NotRetryable ex) {
		return ApiProblems.of(HttpStatus.CONFLICT, "notification-status-conflict", ex.getMessage());
	}

}
