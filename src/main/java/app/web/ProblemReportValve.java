package app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers for a request it refuses before any servlet sees it (a path with an
 * encoded slash, backslash or NUL, a request line or headers over its limits): a problem
 * like every other error of the API, instead of its HTML page. Public because Tomcat
 * instantiates its host's error report valve by class name.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MALFORMED = "The request could not be read: its path holds an encoded slash, "
			+ "backslash or NUL, or its request line or headers are too long.";

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !ioAllowed(response)) {
			return;
		}
		if (!response.setErrorReported()) {
			return;
		}
		var code = HttpStatusCode.valueOf(status);
		var problem = ApiProblems.members(code, ApiProblems.slug(code),
				status == 400 ? MALFORMED : "The server could not answer the request (" + status + ").");
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			var writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the answer started after all: nothing more to say.
		}
	}

	private static boolean ioAllowed(Response response) {
		var allowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
		return allowed.get();
	}

}
