package app.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the documentation committed for reviewers equal to what the code generates: the
 * build compares the two, and {@code -Ddocs.update} writes the generated documents over
 * the committed ones instead.
 */
public final class CommittedDocuments {

	/** The system property that asks for the committed documents to be rewritten. */
	static final String UPDATE = "docs.update";

	/** The command that regenerates every committed document. */
	static final String REGENERATE = "./mvnw test -Dtest=DocumentationTests -D" + UPDATE;

	private CommittedDocuments() {
	}

	// Surefire hands -D properties of the Maven command line to the tests as system
	// properties.
	static boolean updating() {
		var update = System.getProperty(UPDATE);
		return update != null && !update.equalsIgnoreCase("false");
	}

	/**
	 * How a committed document, or a directory of them, differs from the generated one:
	 * files changed, missing, or no longer generated.
	 */
	static List<String> differences(Path generated, Path committed) {
		if (!Files.isDirectory(generated)) {
			return !Files.exists(committed) ? List.of(committed + " is missing") : sameDocument(generated, committed)
					? List.of() : List.of(committed + " differs: " + firstDifference(read(committed), read(generated)));
		}
		Set<String> names = new TreeSet<>(files(generated));
		names.addAll(files(committed));
		var differences = new ArrayList<String>();
		for (String name : names) {
			Path expected = generated.resolve(name);
			Path actual = committed.resolve(name);
			if (!Files.exists(actual)) {
				differences.add(actual + " is missing");
			}
			else if (!Files.exists(expected)) {
				differences.add(actual + " is no longer generated");
			}
			else if (!sameDocument(expected, actual)) {
				differences.add(actual + " differs");
			}
		}
		return differences;
	}

	/**
	 * Replaces the committed document with the generated one; for a directory, also
	 * deletes the committed files that are no longer generated.
	 */
	static void update(Path generated, Path committed) {
		try {
			if (!Files.isDirectory(generated)) {
				Files.createDirectories(committed.toAbsolutePath().getParent());
				Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
				return;
			}
			Files.createDirectories(committed);
			for (String name : files(committed)) {
				if (!Files.exists(generated.resolve(name))) {
					Files.delete(committed.resolve(name));
				}
			}
			for (String name : files(generated)) {
				Files.copy(generated.resolve(name), committed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fails unless the committed documents are the generated ones; with
	 * {@code -Ddocs.update}, makes them so instead.
	 */
	public static void assertUpToDate(Path generated, Path committed, String regenerate) {
		if (updating()) {
			update(generated, committed);
			return;
		}
		assertThat(differences(generated, committed))
			.as("the committed documentation is not what the code generates (see %s); regenerate it with %s", generated,
					regenerate)
			.isEmpty();
	}

	private static String firstDifference(String committed, String generated) {
		var was = committed.lines().toList();
		var is = generated.lines().toList();
		for (int line = 0; line < Math.max(was.size(), is.size()); line++) {
			var old = line < was.size() ? was.get(line) : "<end of file>";
			var now = line < is.size() ? is.get(line) : "<end of file>";
			if (!old.equals(now)) {
				return "line %d is '%s', generated '%s'".formatted(line + 1, old.strip(), now.strip());
			}
		}
		return "they differ in line endings";
	}

	static boolean sameDocument(Path expected, Path actual) {
		String generated = read(expected);
		String committed = read(actual);
		if (expected.toString().endsWith(".svg")) {
			// Text in a drawing is measured with the fonts of the machine that drew it.
			return PlantUmlDiagrams.renderedFrom(generated).equals(PlantUmlDiagrams.renderedFrom(committed));
		}
		return generated.equals(committed);
	}

	private static String read(Path file) {
		try {
			// .gitattributes keeps the committed documents' line endings as generated.
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> files(Path directory) {
		if (!Files.isDirectory(directory)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(Files::isRegularFile)
				.map(file -> file.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
