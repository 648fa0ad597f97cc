package app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where SQL names a schema other than its own. A reference is a schema name
 * directly followed by a dot and a name ({@code orders.orders}), not preceded by a
 * letter, digit or dot (so {@code agora.catalog.x} is not one).
 */
final class SchemaReferences {

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

	private SchemaReferences() {
	}

	/**
	 * The schema-qualified names in {@code sql} whose schema is one of {@code schemas}
	 * but not {@code own}.
	 */
	static List<String> foreign(String sql, String own, Set<String> schemas) {
		var found = new ArrayList<String>();
		for (var schema : schemas) {
			if (schema.equals(own)) {
				continue;
			}
			var reference = Pattern.compile("(?<![\\w.])\"?" + schema + "\"?\\.\"?\\w+", Pattern.CASE_INSENSITIVE)
				.matcher(sql);
			while (reference.find()) {
				found.add(reference.group());
			}
		}
		return found;
	}

	/**
	 * The contents of the string literals and text blocks of a Java source file: where
	 * its SQL can be.
	 */
	static List<String> stringLiterals(String javaSource) {
		var literals = new ArrayList<String>();
		var blocks = TEXT_BLOCK.matcher(javaSource);
		while (blocks.find()) {
			literals.add(blocks.group(1));
		}
		var strings = STRING.matcher(TEXT_BLOCK.matcher(javaSource).replaceAll(""));
		while (strings.find()) {
			literals.add(strings.group(1));
		}
		return literals;
	}

}
