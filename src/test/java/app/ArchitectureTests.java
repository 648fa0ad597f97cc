package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Rules the module structure alone does not enforce. */
class ArchitectureTests {

	static final ApplicationModules modules = ApplicationModules.of(Agora.class);
	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
	static final Path SOURCES = Path.of("src/main/java");

	@Test // Aggregates refer to each other by identifier, entities stay in their
			// aggregate, values hold no entities.
	void domainFollowsTheDddBuildingBlockRules() {
		JMoleculesDddRules.all().check(classes);
	}

	@Test // Spring MVC checks a missing required parameter for @Nullable by parsing the
			// method's annotations, on every request that leaves it out (ADR 0020).
	void optionalRequestParametersSayTheyAreNotRequired() {
		// JSpecify's @Nullable annotates the parameter's type, which reflection reads.
		var unmarked = classes.stream()
			.filter(it -> it.isAnnotatedWith(RestController.class))
			.flatMap(it -> Stream.of(it.reflect().getDeclaredMethods()))
			.flatMap(it -> Stream.of(it.getParameters()))
			.filter(it -> it.isAnnotationPresent(RequestParam.class)
					&& it.getAnnotatedType().isAnnotationPresent(Nullable.class))
			.filter(it -> it.getAnnotation(RequestParam.class).required())
			.map(it -> it.getDeclaringExecutable() + " " + it.getName())
			.toList();

		assertThat(unmarked).isEmpty();
	}

	@Test // Spring Data's Pageable resolver scans the parameter's annotations by
			// reflection on every request; controllers take page, size and sort (ADR
			// 0020).
	void controllersTakeNoPageable() {
		var pageables = controllerParameters().filter(it -> it.getRawType().isAssignableTo(Pageable.class))
			.map(it -> it.getOwner().getFullName())
			.toList();

		assertThat(pageables).isEmpty();
	}

	private static Stream<JavaParameter> controllerParameters() {
		return classes.stream()
			.filter(it -> it.isAnnotatedWith(RestController.class))
			.flatMap(it -> it.getMethods().stream())
			.flatMap(it -> it.getParameters().stream());
	}

	@Test // A module's tables live in the schema named after it, so that schema can move
			// with the module.
	void everyMappedTableLivesInItsModulesSchema() {
		var misplaced = classes.stream()
			.filter(it -> it.isAnnotatedWith(Table.class))
			.filter(it -> !it.getAnnotationOfType(Table.class)
				.schema()
				.equals(moduleOf(it.getName()).getIdentifier().toString()))
			.map(it -> it.getName() + " maps to schema '" + it.getAnnotationOfType(Table.class).schema() + "'")
			.toList();

		assertThat(misplaced).isEmpty();
	}

	@Test // A module's SQL, in its migrations and in its code, touches no other module's
			// tables.
	void sqlNamesOnlyItsOwnModulesSchema() throws IOException {
		var schemas = schemas();
		var violations = new ArrayList<String>();
		for (var schema : schemas) {
			for (var script : files(MIGRATIONS.resolve(schema), ".sql")) {
				SchemaReferences.foreign(Files.readString(script), schema, schemas)
					.forEach(it -> violations.add(script + " names " + it));
			}
		}
		for (var module : modules) {
			// The database module owns the registry's schema (ADR 0004), and reads it for
			// operators.
			var schema = module.getIdentifier().toString().equals("database") ? "event_publication"
					: module.getIdentifier().toString();
			for (var source : files(SOURCES.resolve(module.getBasePackage().getName().replace('.', '/')), ".java")) {
				SchemaReferences.stringLiterals(Files.readString(source))
					.stream()
					.flatMap(sql -> SchemaReferences.foreign(sql, schema, schemas).stream())
					.forEach(it -> violations.add(source + " names " + it));
			}
		}

		assertThat(schemas).contains("catalog", "users", "orders", "payments", "notifications", "recommendations",
				"event_publication");
		assertThat(violations).isEmpty();
	}

	/**
	 * Every schema a migration folder exists for: one per module with tables, plus the
	 * registry's.
	 */
	private static Set<String> schemas() throws IOException {
		try (Stream<Path> folders = Files.list(MIGRATIONS)) {
			return folders.filter(Files::isDirectory)
				.map(it -> it.getFileName().toString())
				.collect(Collectors.toCollection(HashSet::new));
		}
	}

	private static List<Path> files(Path directory, String suffix) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(it -> it.toString().endsWith(suffix)).toList();
		}
	}

	@Test // An aggregate answers its state as getX(), as jMolecules makes it answer
			// getId();
			// records answer x() (ADR 0028).
	void aggregatesAnswerTheirStateWithGetters() {
		var mixed = classes.stream()
			.filter(it -> it.isAssignableTo(AggregateRoot.class) && !it.isRecord())
			.flatMap(it -> it.getMethods()
				.stream()
				.filter(method -> method.getRawParameterTypes().isEmpty()
						&& !method.getRawReturnType().getName().equals("void"))
				.filter(method -> it.tryGetField(method.getName()).isPresent())
				.map(method -> it.getSimpleName() + "#" + method.getName()))
			.sorted()
			.toList();

		assertThat(mixed).isEmpty();
	}

	@Test // Inside a module, sub-packages depend on each other one way only, so that each
			// can be read, and moved, on its own.
	void subPackagesOfAModuleHaveNoCycles() {
		SlicesRuleDefinition.slices().matching("app.(*).(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test // A refusal is declared once, on its exception (@Refusal), and rendered by
			// one handler: no module keeps error handlers of its own (ADR 0027).
	void refusalsAreDeclaredOnTheirExceptionsAndHandledInOnePlace() {
		var handlers = classes.stream()
			.filter(it -> it.isAnnotatedWith(RestControllerAdvice.class) || it.isAnnotatedWith(ControllerAdvice.class))
			.map(JavaClass::getName)
			.toList();

		// One for the API's answers, one for the pages' (ADR 0038): both read @Refusal.
		assertThat(handlers).containsExactlyInAnyOrder("app.web.ApiErrors", "app.web.PageErrors");
	}

	/**
	 * Types of sub-packages that are public for a reason other than their own module's
	 * use, each with that reason: the one place such exceptions are listed.
	 */
	static final Map<String, String> PUBLIC_FOR_A_REASON = Map.of( //
			"app.payments.sandbox.SandboxLedger", "tests of the saga read what the sandbox charged",
			"app.payments.sandbox.TestCard", "tests of other packages pay with the sandbox's test cards",
			"app.recommendations.model.PurchaseModel", "ModuleFailureTests and BrowserTests make the model fail");

	@Test // A module's base package is its API: a type in a sub-package is public only
			// because another package of the same module uses it, or for a reason listed
			// in PUBLIC_FOR_A_REASON (ADR 0027).
	void typesInSubPackagesArePublicOnlyForTheirOwnModule() {
		var needlesslyPublic = classes.stream()
			.filter(it -> it.isTopLevelClass() && it.getModifiers().contains(JavaModifier.PUBLIC))
			.filter(it -> isInSubPackage(it) && !PUBLIC_FOR_A_REASON.containsKey(it.getName()))
			.filter(it -> it.getDirectDependenciesToSelf()
				.stream()
				.map(dependency -> dependency.getOriginClass())
				.noneMatch(origin -> !origin.getPackageName().equals(it.getPackageName())
						&& modules.getModuleByType(origin.getName()).equals(modules.getModuleByType(it.getName()))))
			.map(JavaClass::getName)
			.sorted()
			.toList();

		assertThat(needlesslyPublic).isEmpty();
	}

	private static boolean isInSubPackage(JavaClass type) {
		return modules.getModuleByType(type.getName())
			.map(module -> !type.getPackageName().equals(module.getBasePackage().getName()))
			.orElse(false);
	}

	private static ApplicationModule moduleOf(String className) {
		return modules.getModuleByType(className)
			.orElseThrow(() -> new AssertionError(className + " belongs to no module"));
	}

}
