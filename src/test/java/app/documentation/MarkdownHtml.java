package app.documentation;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown documents (the event catalogue, the decision records) as HTML for
 * the documentation site, which is one page: links between records become links within
 * it, and every heading gets an id unique on the page.
 */
final class MarkdownHtml {

	private static final Pattern DECISION_FILE = Pattern.compile("(\\d{4})-[a-z0-9-]+\\.md");

	private MarkdownHtml() {
	}

	/** The anchor of a decision record on the site's page. */
	static String decisionAnchor(String number) {
		return "adr-" + number;
	}

	/**
	 * Renders a document whose title the site shows itself, as a section heading of its
	 * own: the title is left out and the other headings move down by the given levels.
	 */
	static String renderBody(String markdown, String idPrefix, int levels) {
		var body = new StringBuilder();
		boolean inCode = false;
		boolean titleSeen = false;
		for (String line : markdown.split("\n", -1)) {
			if (line.startsWith("```")) {
				inCode = !inCode;
			}
			if (!inCode && !titleSeen && line.startsWith("# ")) {
				titleSeen = true;
				continue;
			}
			body.append(!inCode && line.startsWith("#") ? "#".repeat(levels) + line : line).append('\n');
		}
		return render(body.toString(), idPrefix);
	}

	static String render(String markdown, String idPrefix) {
		List<Extension> extensions = List.of(TablesExtension.create(),
				HeadingAnchorExtension.builder().idPrefix(idPrefix).build());
		var parser = Parser.builder().extensions(extensions).build();
		var renderer = HtmlRenderer.builder()
			.extensions(extensions)
			.attributeProviderFactory(context -> (node, tagName, attributes) -> {
				if (node instanceof Link && attributes.containsKey("href")) {
					attributes.put("href", withinThePage(attributes.get("href"), idPrefix));
				}
			})
			.build();
		return renderer.render(parser.parse(markdown));
	}

	private static String withinThePage(String href, String idPrefix) {
		var decision = DECISION_FILE.matcher(href);
		if (decision.matches()) {
			return "#" + decisionAnchor(decision.group(1));
		}
		return href.startsWith("#") ? "#" + idPrefix + href.substring(1) : href;
	}

}
