package app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a database that cannot be used with a 503 problem also when it fails a servlet
 * filter, before Spring MVC and its error handling are reached: the gateway's rate limit
 * on log-ins and registrations counts attempts in the database, and a failure there used
 * to reach the servlet container's error page as a 500 that was no problem. Wraps every
 * other filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableDatabaseFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UnavailableDatabaseFilter.class);

	private final JsonMapper json;

	UnavailableDatabaseFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			var unavailable = UnavailableDatabase.of(ex);
			if (unavailable == null || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {} answered 503, the database could not be used: {}", request.getMethod(),
					request.getRequestURI(), NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			// Whatever a filter had set for the answer it meant to give goes, headers
			// too.
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds);
			ApiProblems.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, unavailable.type,
					ApiErrors.mayHaveBeenDone(unavailable.detail, request));
		}
	}

}
