package app;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Agora, the whole shop in one process. Every direct sub-package is an application
 * module; {@code database}, {@code web} and {@code gateway} are shared because every
 * module needs a schema, the same error format and the same front door, even when tested
 * alone.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Agora", sharedModules = { "database", "web", "gateway" })
public class Agora {

	public static void main(String[] args) {
		SpringApplication.run(Agora.class, args);
	}

	/**
	 * The one source of "now" for every module, so that tests can fix time. It ticks in
	 * microseconds, as PostgreSQL keeps time: what a module answers from memory is what
	 * it stored, and reads back.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
