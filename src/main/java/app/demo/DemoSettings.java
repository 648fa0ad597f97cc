package app.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether to load the demo shop into an empty catalog; unset means only
 * with the embedded database, so it never lands in an external database unless asked for
 */
@ConfigurationProperties("agora.demo")
record DemoSettings(@Nullable Boolean enabled) {
}
