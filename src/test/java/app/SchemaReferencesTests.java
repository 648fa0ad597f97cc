package app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The detector behind {@link ArchitectureTests#sqlNamesOnlyItsOwnModulesSchema()} finds
 * what it must, and only that.
 */
class SchemaReferencesTests {

	static final Set<String> SCHEMAS = Set.of("catalog", "orders", "users");

	@Test
	void findsAnotherModulesTable() {
		assertThat(SchemaReferences.foreign("SELECT * FROM catalog.products p JOIN orders.order_lines l ON true",
				"catalog", SCHEMAS))
			.containsExactly("orders.order_lines");
	}

	@Test
	void findsQuotedAndUpperCaseSchemaNames() {
		assertThat(SchemaReferences.foreign("insert into \"USERS\".accounts values (1)", "catalog", SCHEMAS))
			.containsExactly("\"USERS\".accounts");
	}

	@Test
	void acceptsTheOwnSchemaAndLookalikes() {
		assertThat(SchemaReferences.foreign("""
				SELECT id FROM catalog.products WHERE note = 'agora.orders.enabled' AND my_users.x = 1""", "catalog",
				SCHEMAS))
			.isEmpty();
	}

	@Test
	void extractsSqlFromTextBlocksAndStrings() {
		var source = "class X { String a = \"SELECT 1 FROM orders.x\"; String b = \"\"\"\n  JOIN users.y\n\"\"\"; }";

		assertThat(SchemaReferences.stringLiterals(source)).anySatisfy(it -> assertThat(it).contains("orders.x"))
			.anySatisfy(it -> assertThat(it).contains("users.y"));
	}

}
