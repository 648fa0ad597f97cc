package app.gateway;

import java.util.ArrayList;
import java.util.List;

import app.web.ProblemResponses;
import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents what the front door does to each operation: an explicit security requirement
 * (an empty one for a public operation, so that a missing requirement cannot pass for
 * "public"), 401 where a token is needed, 403 and a word in the description where only
 * administrators may call, and 429 everywhere, since every request counts against a rate
 * limit. The requirements themselves are declared on the controllers;
 * {@code ApiDocumentationTests} holds them to the gateway's real decisions.
 */
@Component
class AccessDocumentation implements OperationCustomizer {

	static final String ADMINISTRATORS_ONLY = "Administrators only (role ADMIN).";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		var responses = operation.getResponses();
		var requirements = operation.getSecurity();
		if (requirements == null || requirements.isEmpty()) {
			operation.setSecurity(new ArrayList<>());
		}
		else {
			responses.putIfAbsent("401", ProblemResponses.ref(ProblemResponses.UNAUTHORIZED));
			boolean administratorsOnly = requirements.stream()
				.anyMatch(requirement -> requirement.getOrDefault(EndpointAccess.BEARER_TOKEN, List.of())
					.contains(EndpointAccess.ADMIN));
			if (administratorsOnly) {
				responses.putIfAbsent("403", ProblemResponses.ref(ProblemResponses.FORBIDDEN));
				var description = operation.getDescription();
				operation.setDescription(description == null || description.isBlank() ? ADMINISTRATORS_ONLY
						: description + " " + ADMINISTRATORS_ONLY);
			}
		}
		responses.putIfAbsent("429", ProblemResponses.ref(ProblemResponses.TOO_MANY_REQUESTS));
		return operation;
	}

}
