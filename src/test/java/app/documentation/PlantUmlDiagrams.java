package app.documentation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * Renders PlantUML diagrams to SVG with PlantUML's own layout engine, Smetana, so that a
 * fresh machine needs no Graphviz.
 */
final class PlantUmlDiagrams {

	private static final String OWN_LAYOUT = "!pragma layout smetana";

	private static final Set<String> SORTABLE = Set.of("Rel", "Component", "Container", "System");

	private static final Pattern RENDERED_FROM = Pattern.compile("<\\?plantuml-src [^?]*\\?>");

	static {
		System.setProperty("java.awt.headless", "true");
	}

	private PlantUmlDiagrams() {
	}

	/**
	 * The source as it is committed: naming the layout engine in the diagram itself means
	 * that whoever renders it elsewhere gets the same layout.
	 */
	static String withOwnLayout(String source) {
		return source.replaceFirst("@startuml\\R", "@startuml\n" + OWN_LAYOUT + "\n");
	}

	/**
	 * The source with its elements and relationships in a stable order. Spring Modulith
	 * writes them in the order of hash-based collections, which changes from one JVM to
	 * the next.
	 */
	static String inStableOrder(String source) {
		var lines = new ArrayList<>(List.of(source.split("\n", -1)));
		int start = 0;
		while (start < lines.size()) {
			String kind = elementKind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(elementKind(lines.get(end)))) {
				end++;
			}
			if (kind != null) {
				Collections.sort(lines.subList(start, end));
			}
			start = end;
		}
		return String.join("\n", lines);
	}

	private static String elementKind(String line) {
		String code = line.strip();
		int parenthesis = code.indexOf('(');
		return parenthesis > 0 && SORTABLE.contains(code.substring(0, parenthesis)) ? code.substring(0, parenthesis)
				: null;
	}

	static String toSvg(String source) {
		var reader = new SourceStringReader(source);
		var blocks = reader.getBlocks();
		if (blocks.size() != 1) {
			throw new IllegalArgumentException("expected one diagram, found " + blocks.size());
		}
		if (blocks.get(0).getDiagram() instanceof PSystemError error) {
			throw new IllegalArgumentException("PlantUML cannot read the diagram: " + error.getDescription());
		}
		try {
			var svg = new ByteArrayOutputStream();
			reader.outputImage(svg, new FileFormatOption(FileFormat.SVG));
			return svg.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What an SVG was rendered from, as PlantUML records it in the SVG. The drawing
	 * itself depends on the fonts of the machine that rendered it; its source does not.
	 */
	static String renderedFrom(String svg) {
		var matcher = RENDERED_FROM.matcher(svg);
		return matcher.find() ? matcher.group() : svg;
	}

}
