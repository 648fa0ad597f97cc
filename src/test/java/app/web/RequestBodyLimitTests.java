package app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body without a declared length is cut off where it passes the limit, however it is
 * read.
 */
class RequestBodyLimitTests {

	private final RequestBodyLimit limit = new RequestBodyLimit(new WebSettings(DataSize.ofBytes(100)),
			JsonMapper.builder().build());

	@Test
	void stopsAStreamedBodyThatGrowsPastTheLimit() {
		FilterChain readsTheStream = (request, response) -> request.getInputStream().readAllBytes();

		assertThatExceptionOfType(RequestBodyLimit.BodyTooLarge.class)
			.isThrownBy(() -> limit.doFilter(chunked(101), new MockHttpServletResponse(), readsTheStream));
	}

	@Test
	void stopsAStreamedBodyReadAsText() {
		FilterChain readsText = (request, response) -> {
			var reader = request.getReader();
			while (reader.read() >= 0) {
				// reads to the end
			}
		};

		assertThatExceptionOfType(RequestBodyLimit.BodyTooLarge.class)
			.isThrownBy(() -> limit.doFilter(chunked(101), new MockHttpServletResponse(), readsText));
	}

	@Test
	void passesAStreamedBodyWithinTheLimit() throws Exception {
		var read = new int[1];
		FilterChain readsTheStream = (request, response) -> read[0] = request.getInputStream().readAllBytes().length;

		limit.doFilter(chunked(100), new MockHttpServletResponse(), readsTheStream);

		assertThat(read[0]).isEqualTo(100);
	}

	@Test
	void refusesADeclaredLengthAboveTheLimitWithoutCallingTheApplication() throws Exception {
		var response = new MockHttpServletResponse();
		var request = new MockHttpServletRequest("POST", "/anything");
		request.setContent(new byte[101]);

		limit.doFilter(request, response, (req, res) -> {
			throw new AssertionError("the application must not see this request");
		});

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
	}

	/**
	 * A request whose length is unknown until it is read, as with Transfer-Encoding:
	 * chunked.
	 */
	private static MockHttpServletRequest chunked(int bytes) {
		var request = new MockHttpServletRequest("POST", "/anything") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		request.setContent(new byte[bytes]);
		return request;
	}

}
