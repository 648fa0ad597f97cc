package app.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Catches a thread that asks the connection pool for a second connection while it holds
 * one. Ten threads doing that at once hold all ten pooled connections and wait for an
 * eleventh, and every request of the shop waits with them until the pool times out. Every
 * Spring test context gets this check (registered in {@code META-INF/spring.factories}),
 * so that the whole suite looks for such code paths; a test class during which one was
 * taken fails, with where the second connection was asked for (a background thread of
 * another, cached context may be the one that took it: the stack says which).
 */
public class NestedConnections implements ContextCustomizerFactory, TestExecutionListener {

	private static final List<Throwable> seen = new CopyOnWriteArrayList<>();

	private static final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Watch();
	}

	/** Fails the test class during which some thread took a second connection. */
	@Override
	public void afterTestClass(TestContext testContext) {
		if (seen.isEmpty()) {
			return;
		}
		var where = new LinkedHashSet<String>();
		for (var nested : seen) {
			where.add(Arrays.stream(nested.getStackTrace())
				.map(StackTraceElement::toString)
				.filter(frame -> frame.startsWith("app.") && !frame.startsWith("app.database.NestedConnections"))
				.limit(4)
				.collect(Collectors.joining(" < ")));
		}
		var failure = new AssertionError(seen.size() + " time(s) a thread asked for a database connection while "
				+ "it held one, at: \n" + String.join("\n", where));
		failure.initCause(seen.get(0));
		seen.clear();
		throw failure;
	}

	/**
	 * The data source, watched: counts the connections each thread holds, and notes where
	 * a thread asked for more than one.
	 */
	static DataSource watched(DataSource dataSource) {
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				return counted(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return counted(super.getConnection(username, password));
			}

		};
	}

	/** How many connections of a watched data source this thread holds now. */
	public static int heldByThisThread() {
		return held.get()[0];
	}

	private static Connection counted(Connection connection) {
		var count = held.get();
		if (count[0] > 0) {
			seen.add(new IllegalStateException("Thread " + Thread.currentThread().getName()
					+ " asked for a connection while holding " + count[0]));
		}
		count[0]++;
		var closed = new AtomicBoolean();
		InvocationHandler handler = (proxy, method, arguments) -> {
			if (isClose(method) && closed.compareAndSet(false, true)) {
				count[0]--;
			}
			try {
				return method.invoke(connection, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (Connection) Proxy.newProxyInstance(NestedConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, handler);
	}

	private static boolean isClose(Method method) {
		return method.getName().equals("close") && method.getParameterCount() == 0;
	}

	/**
	 * Wraps the context's data source. Equal to every other, so contexts stay cacheable.
	 */
	static final class Watch implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && name.equals("dataSource") ? watched(dataSource)
							: bean;
				}

			});
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Watch;
		}

		@Override
		public int hashCode() {
			return Watch.class.hashCode();
		}

	}

}
