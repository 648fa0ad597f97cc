package app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The whole shop started and stopped by a test itself, as its jar runs, for what happens
 * across a stop: a crash, an outage, a shutdown. Settings go in as arguments, which win
 * over application.yaml; the web server takes a free port unless told otherwise.
 */
final class ShopProcesses {

	/** The password of the customers {@link #register} opens. */
	static final String PASSWORD = "a long and unusual passphrase";

	private ShopProcesses() {
	}

	static ConfigurableApplicationContext start(Map<String, String> settings, Class<?>... extraConfiguration) {
		var properties = new LinkedHashMap<>(settings);
		properties.putIfAbsent("server.port", "0");
		var arguments = properties.entrySet().stream().map(it -> "--" + it.getKey() + "=" + it.getValue());
		var sources = Stream.concat(Stream.of(Agora.class), Stream.of(extraConfiguration)).toArray(Class<?>[]::new);
		return new SpringApplicationBuilder(sources).run(arguments.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext shop) {
		return ((WebServerApplicationContext) shop).getWebServer().getPort();
	}

	/**
	 * Registers a new customer through the API, with {@link #PASSWORD}; returns the
	 * email.
	 */
	static String register(RestClient shop, String prefix) {
		var email = prefix + "-" + UUID.randomUUID() + "@example.com";
		shop.post()
			.uri("/api/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"email": "%s", "password": "%s", "name": "Jane Doe"}""".formatted(email, PASSWORD))
			.retrieve()
			.toBodilessEntity();
		return email;
	}

	/** Logs in through the API; returns the {@code Authorization} header's value. */
	static String logIn(RestClient shop, String email, String password) {
		var tokens = shop.post().uri("/api/users/login").contentType(MediaType.APPLICATION_JSON).body("""
				{"email": "%s", "password": "%s"}""".formatted(email, password)).retrieve().body(String.class);
		return "Bearer " + JsonPath.read(tokens, "$.accessToken");
	}

	/** Replaces every bean of the type with the wrapper's, around it. */
	static <T> BeanPostProcessor wrapping(Class<T> type, UnaryOperator<T> wrapper) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return type.isInstance(bean) ? wrapper.apply(type.cast(bean)) : bean;
			}

		};
	}

}
