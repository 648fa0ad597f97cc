/**
 * Where the modules run. By default every module runs in this one process and events
 * travel in memory. A process may run some business modules only
 * ({@code agora.deployment.modules}); it then reaches the others through Apache Kafka:
 * the messages a module declares at its boundary ({@link app.deployment.MessageBoundary})
 * leave through the event publication registry, by Spring Modulith's event
 * externalization, and arrive as events published in this process, to the same idempotent
 * listeners as in one process (ADR 0030, docs/extraction.md). Wherever the modules run,
 * the trace of a piece of work follows it: to the threads of the asynchronous listeners,
 * and in the messages' headers to other processes (ADR 0034).
 * <p>
 * The API other modules may use is this package: the boundary they declare.
 */
@ApplicationModule(displayName = "Deployment", allowedDependencies = {})
@NullMarked
package app.deployment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
