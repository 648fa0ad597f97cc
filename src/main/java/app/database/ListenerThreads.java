package app.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.scheduling.annotation.AsyncAnnotationBeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads of the asynchronous event listeners (every saga step, notification and read
 * model) where the JVM has virtual threads (21+): as many as on JDK 17's platform threads
 * ({@code spring.task.execution.pool.core-size}), with the work beyond them waiting in a
 * queue. Spring Boot's executor for virtual threads starts a thread per task: a burst of
 * orders then asks the connection pool for hundreds of connections at once, and log-ins
 * and pages wait behind them until they are refused (ADR 0021).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnThreading(Threading.VIRTUAL)
class ListenerThreads {

	@Bean(name = { TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME,
			AsyncAnnotationBeanPostProcessor.DEFAULT_TASK_EXECUTOR_BEAN_NAME })
	ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
		var executor = builder.build();
		// Virtual still: a listener waiting on PostgreSQL or a mail server pins no
		// carrier.
		executor
			.setThreadFactory(new VirtualThreadTaskExecutor(executor.getThreadNamePrefix()).getVirtualThreadFactory());
		return executor;
	}

}
