package app.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture decision records in {@code docs/adr}, read as MADR documents: their
 * number, title and status for the index, and their sections to check that every record
 * has the same shape.
 */
final class ArchitectureDecisions {

	/** The sections every record has, in this order; others may come between them. */
	static final List<String> SECTIONS = List.of("## Context and problem statement", "## Considered options",
			"## Decision outcome", "### Consequences", "### Confirmation");

	private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})-[a-z0-9-]+\\.md");

	private static final Pattern TITLE = Pattern.compile("# (\\d+)\\. (.+)");

	private static final Pattern STATUS = Pattern
		.compile("- Status: ((?:proposed|accepted|rejected|deprecated|superseded)\\b.*)");

	private static final Pattern DATE = Pattern.compile("- Date: \\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TEST_CLASS = Pattern
		.compile("`(?:[a-z]\\w*\\.)*([A-Z]\\w*(?:Tests|IT))(?:[.#]\\w+)?`");

	/** One record. */
	record Decision(Path file, String number, String title, String status, List<String> lines) {

		String fileName() {
			return file.getFileName().toString();
		}

		@Override
		public String toString() {
			return fileName();
		}

		/** The text of the Confirmation section: how the decision is enforced. */
		String confirmation() {
			int start = lines.indexOf("### Confirmation");
			if (start < 0) {
				return "";
			}
			var section = new ArrayList<String>();
			for (String line : lines.subList(start + 1, lines.size())) {
				if (line.startsWith("#")) {
					break;
				}
				section.add(line);
			}
			return String.join("\n", section);
		}

		/** The test classes the Confirmation section names. */
		Set<String> confirmingTests() {
			Matcher matcher = TEST_CLASS.matcher(confirmation());
			var tests = new TreeSet<String>();
			while (matcher.find()) {
				tests.add(matcher.group(1));
			}
			return tests;
		}

		/**
		 * How this record departs from the shape every record shares; empty if it does
		 * not.
		 */
		List<String> shapeProblems() {
			var problems = new ArrayList<String>();
			Matcher title = TITLE.matcher(lines.isEmpty() ? "" : lines.get(0));
			if (!title.matches() || Integer.parseInt(title.group(1)) != Integer.parseInt(number)) {
				problems.add("the first line is not '# " + Integer.parseInt(number) + ". <title>'");
			}
			if (status.isEmpty()) {
				problems
					.add("no '- Status: ' line starting with proposed, accepted, rejected, deprecated or superseded");
			}
			if (lines.stream().noneMatch(line -> DATE.matcher(line).matches())) {
				problems.add("no '- Date: YYYY-MM-DD' line");
			}
			int previous = -1;
			for (String section : SECTIONS) {
				int at = lines.indexOf(section);
				if (at < 0) {
					problems.add("no '" + section + "' section");
				}
				else if (at < previous) {
					problems.add("'" + section + "' is out of order");
				}
				previous = Math.max(previous, at);
			}
			return problems;
		}

	}

	private ArchitectureDecisions() {
	}

	static List<Decision> in(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> FILE_NAME.matcher(file.getFileName().toString()).matches())
				.sorted()
				.map(ArchitectureDecisions::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Decision read(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			Matcher name = FILE_NAME.matcher(file.getFileName().toString());
			name.matches();
			Matcher title = TITLE.matcher(lines.isEmpty() ? "" : lines.get(0));
			String status = lines.stream()
				.map(STATUS::matcher)
				.filter(Matcher::matches)
				.map(matcher -> matcher.group(1))
				.findFirst()
				.orElse("");
			return new Decision(file, name.group(1), title.matches() ? title.group(2) : file.getFileName().toString(),
					status, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The index of the records, as {@code docs/adr/README.md} shows it. */
	static String index(List<Decision> decisions) {
		return """
				# Architecture decision records

				The decisions that shape Agora, one [MADR](https://adr.github.io/madr/) record each: the context, \
				the options considered, the decision and its consequences, and the tests that confirm it holds. \
				Superseded records stay, marked as such.

				This index is generated from the records by `DocumentationTests`; after adding or changing a \
				record, regenerate it with `%s`.

				| # | Decision | Status |
				|---|---|---|
				""".formatted(CommittedDocuments.REGENERATE) + decisions.stream()
			.map(decision -> "| [%s](%s) | %s | %s |".formatted(decision.number(), decision.fileName(),
					decision.title(), decision.status()))
			.collect(Collectors.joining("\n", "", "\n"));
	}

}
