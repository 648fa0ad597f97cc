package app;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests as different clients send them, for tests of what the gateway counts by
 * address.
 */
public final class Clients {

	private Clients() {
	}

	/** Sends the request from the given remote address. */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
