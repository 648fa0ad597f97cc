package app.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an Application Module Canvas, which Spring Modulith writes as an Asciidoc table
 * of headings and lists, into Markdown that any Git host shows: each heading becomes a
 * section, each list a Markdown list.
 */
final class CanvasMarkdown {

	private static final Pattern EMPHASIS = Pattern.compile("^_([^_]+)_$");

	private CanvasMarkdown() {
	}

	static String toMarkdown(String canvas) {
		var markdown = new StringBuilder();
		var cells = cells(canvas);
		for (int i = 0; i + 1 < cells.size(); i += 2) {
			String heading = cells.get(i).strip();
			String content = cells.get(i + 1);
			switch (heading) {
				case "Description" -> markdown.append(convert(content));
				case "Base package" -> markdown.append("Base package: ").append(content.strip()).append('\n');
				default -> markdown.append("## ").append(heading).append("\n\n").append(convert(content));
			}
			markdown.append('\n');
		}
		return markdown.toString().stripTrailing() + "\n";
	}

	/**
	 * The table's cells in order: a cell starts with {@code |} and runs to the next one.
	 */
	private static List<String> cells(String canvas) {
		var cells = new ArrayList<String>();
		StringBuilder cell = null;
		for (String line : canvas.split("\\R")) {
			if (line.startsWith("[") || line.equals("|===")) {
				continue;
			}
			if (line.startsWith("|")) {
				if (cell != null) {
					cells.add(cell.toString());
				}
				cell = new StringBuilder(line.substring(1));
			}
			else if (cell != null) {
				cell.append('\n').append(line);
			}
		}
		if (cell != null) {
			cells.add(cell.toString());
		}
		return cells;
	}

	private static String convert(String content) {
		return stableOrder(markdown(content));
	}

	/**
	 * The lists with their items (and each item's sub-items) in alphabetical order:
	 * Spring Modulith lists some in the order of hash-based collections, which changes
	 * from one JVM to the next.
	 */
	private static String stableOrder(String markdown) {
		var result = new StringBuilder();
		var items = new ArrayList<String>();
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("- ")) {
				items.add(line);
			}
			else if (line.startsWith("  - ") && !items.isEmpty()) {
				items.set(items.size() - 1, items.get(items.size() - 1) + "\n" + line);
			}
			else {
				appendSorted(items, result);
				result.append(line).append('\n');
			}
		}
		appendSorted(items, result);
		return result.toString().stripTrailing() + "\n";
	}

	private static void appendSorted(List<String> items, StringBuilder result) {
		items.stream().sorted().forEach(item -> result.append(item).append('\n'));
		items.clear();
	}

	private static String markdown(String content) {
		var markdown = new StringBuilder();
		boolean inList = false;
		for (String raw : content.split("\\R")) {
			String line = raw.strip();
			boolean listItem = line.startsWith("* ") || line.startsWith("** ");
			if (line.isEmpty() || line.equals("+")) {
				if (!inList) {
					markdown.append('\n');
				}
				continue;
			}
			if (listItem && !inList && markdown.length() > 0) {
				markdown.append('\n');
			}
			if (!listItem && inList) {
				markdown.append('\n');
			}
			inList = listItem;
			markdown.append(inline(line)).append('\n');
		}
		return markdown.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
	}

	private static String inline(String line) {
		String converted = line.startsWith("** ") ? "  - " + line.substring(3)
				: line.startsWith("* ") ? "- " + line.substring(2) : line;
		converted = EMPHASIS.matcher(converted).replaceAll("*$1*");
		return converted.replace(" -- ", " — ");
	}

}
