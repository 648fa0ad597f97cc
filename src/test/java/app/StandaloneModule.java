package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.mockito.Mockito;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The evidence that a module is extractable: started alone (an
 * {@code @ApplicationModuleTest} in standalone mode), it runs with only its own beans and
 * the shared modules', with only its own schema migrated, and logged in as its own
 * database role.
 */
public final class StandaloneModule {

	static final List<String> BUSINESS_SCHEMAS = List.of("catalog", "users", "orders", "payments", "notifications",
			"recommendations");

	private static final Set<String> SHARED_MODULES = Set.of("database", "web", "gateway");

	private static final ApplicationModules modules = ApplicationModules.of(Agora.class);

	private StandaloneModule() {
	}

	/**
	 * Asserts that {@code context} holds no bean of another (non-shared) module, except
	 * mocks of the facades it queries, and only the module's schema.
	 */
	public static void assertRunsAlone(String module, ApplicationContext context) {
		var foreignBeans = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getBean)
			.filter(bean -> !Mockito.mockingDetails(bean).isMock())
			.map(bean -> AopUtils.getTargetClass(bean).getName())
			.filter(type -> type.startsWith("app.") && type.indexOf('.', 4) > 0)
			.filter(type -> {
				var owner = modules.getModuleByType(type).map(it -> it.getIdentifier().toString()).orElse(module);
				return !owner.equals(module) && !SHARED_MODULES.contains(owner);
			})
			.toList();
		assertThat(foreignBeans).as("beans of other modules").isEmpty();

		var jdbc = context.getBean(JdbcClient.class);
		for (var schema : BUSINESS_SCHEMAS) {
			boolean exists = jdbc.sql("SELECT EXISTS (SELECT FROM information_schema.schemata WHERE schema_name = ?)")
				.param(schema)
				.query(Boolean.class)
				.single();
			assertThat(exists).as("schema %s exists", schema).isEqualTo(schema.equals(module));
		}
		if (BUSINESS_SCHEMAS.contains(module)) {
			int applied = jdbc.sql("SELECT count(*) FROM " + module + ".flyway_schema_history WHERE success")
				.query(Integer.class)
				.single();
			assertThat(applied).as("migrations applied to %s", module).isPositive();
			// Run as the module's own role (ADR 0029): had the module read another's
			// table, PostgreSQL would have refused it.
			assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("agora_" + module);
			assertThat(jdbc.sql("SELECT schema_owner FROM information_schema.schemata WHERE schema_name = ?")
				.param(module)
				.query(String.class)
				.single()).isEqualTo("agora_" + module);
		}
	}

}
