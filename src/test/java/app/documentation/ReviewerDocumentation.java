package app.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The documentation a reviewer reads without running the shop, generated from the code:
 * <ul>
 * <li>{@code modules/}: the component diagram of all modules, and per module its diagram
 * and its Application Module Canvas, as Markdown and SVG a Git host shows, plus the event
 * catalogue. It is committed as {@code docs/modules/}.</li>
 * <li>{@code adr/README.md}: the index of the decision records, committed as
 * {@code docs/adr/README.md}.</li>
 * <li>{@code site/}: the parts the Asciidoctor site ({@code src/docs/asciidoc})
 * includes.</li>
 * <li>{@code modulith/}: what Spring Modulith's Documenter writes, which the rest is made
 * from.</li>
 * </ul>
 */
final class ReviewerDocumentation {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app");

	private static final String GENERATED_NOTE = """
			<!-- Generated from the code by DocumentationTests: do not edit. Regenerate with %s -->
			""".formatted(CommittedDocuments.REGENERATE);

	private final ApplicationModules modules;

	private final Path root;

	ReviewerDocumentation(ApplicationModules modules, Path root) {
		this.modules = modules;
		this.root = root;
	}

	Path modules() {
		return root.resolve("modules");
	}

	Path decisionIndex() {
		return root.resolve("adr").resolve("README.md");
	}

	Path site() {
		return root.resolve("site");
	}

	private Path modulith() {
		return root.resolve("modulith");
	}

	/** Writes all of it, replacing what an earlier run wrote. */
	ReviewerDocumentation write(List<ArchitectureDecisions.Decision> decisions, EventCatalogue events) {
		clean();
		// Also writes the module metadata the application reads at start-up instead of
		// scanning its classes.
		new Documenter(modules, Options.defaults().withOutputFolder(modulith().toString()))
			.writeDocumentation(DiagramOptions.defaults(), CanvasOptions.defaults());
		writeDiagram("components.puml", "components");
		var sorted = modules.stream().sorted(Comparator.comparing(ApplicationModule::getDisplayName)).toList();
		for (ApplicationModule module : sorted) {
			writeDiagram("module-" + name(module) + ".puml", name(module));
			write(modules().resolve(name(module) + ".md"), modulePage(module));
		}
		write(modules().resolve("README.md"), moduleIndex(sorted));
		write(modules().resolve("events.md"), GENERATED_NOTE + "\n" + events.toMarkdown());
		write(decisionIndex(), ArchitectureDecisions.index(decisions));
		write(site().resolve("modules.adoc"), siteModules(sorted));
		write(site().resolve("events.adoc"), passThrough(MarkdownHtml.renderBody(events.toMarkdown(), "", 1)));
		write(site().resolve("decisions.adoc"), siteDecisions(decisions));
		return this;
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

	private void writeDiagram(String documenterFile, String name) {
		String source = PlantUmlDiagrams
			.withOwnLayout(PlantUmlDiagrams.inStableOrder(read(modulith().resolve(documenterFile))));
		write(modules().resolve(name + ".puml"), source);
		write(modules().resolve(name + ".svg"), PlantUmlDiagrams.toSvg(source));
	}

	private String modulePage(ApplicationModule module) {
		String canvas = read(modulith().resolve("module-" + name(module) + ".adoc"));
		return GENERATED_NOTE + """

				# %1$s

				[All modules](README.md) · [Event catalogue](events.md)

				![%1$s, the modules it depends on and those whose events it listens to](%2$s.svg)

				""".formatted(module.getDisplayName(), name(module)) + CanvasMarkdown.toMarkdown(canvas)
				+ publicTypesOfSubPackages(module);
	}

	/**
	 * The module's base package is its API: what its sub-packages make public, and which
	 * of the module's other packages need it so (ArchitectureTests holds them to that).
	 */
	private String publicTypesOfSubPackages(ApplicationModule module) {
		var base = module.getBasePackage().getName();
		var types = CLASSES.stream()
			.filter(it -> it.isTopLevelClass() && it.getModifiers().contains(JavaModifier.PUBLIC))
			.filter(it -> it.getPackageName().startsWith(base + "."))
			.sorted(Comparator.comparing(JavaClass::getName))
			.toList();
		var section = new StringBuilder("\n## Public types in sub-packages\n\n");
		if (types.isEmpty()) {
			return section.append("None: every type outside the base package is package-private.\n").toString();
		}
		section.append(types.size())
			.append(types.size() == 1 ? " type, public because" : " types, public because")
			.append(" another package of the module uses it (or for the reason ArchitectureTests lists):\n\n");
		for (var type : types) {
			var users = type.getDirectDependenciesToSelf()
				.stream()
				.map(dependency -> dependency.getOriginClass().getPackageName())
				.filter(origin -> !origin.equals(type.getPackageName())
						&& (origin.equals(base) || origin.startsWith(base + ".")))
				.distinct()
				.sorted()
				.map(origin -> "`" + origin.substring(base.length()).replaceFirst("^\\.", "") + "`")
				.map(origin -> origin.equals("``") ? "the base package" : origin)
				.collect(Collectors.joining(", "));
			section.append("- `")
				.append(type.getName().substring(base.length() + 1))
				.append("`: ")
				.append(users.isEmpty() ? "a listed reason" : "used by " + users)
				.append('\n');
		}
		return section.toString();
	}

	private String moduleIndex(List<ApplicationModule> sorted) {
		var index = new StringBuilder(GENERATED_NOTE).append("""

				# Agora's modules

				Each module is a package under `app`: its top-level package is its API, everything beneath is \
				internal. The diagrams and canvases below are generated from the code by Spring Modulith, so they \
				show the dependencies the code really has; `ModularityTests` fails the build when a module uses \
				one it does not declare. The [event catalogue](events.md) lists what the modules tell and ask each \
				other.

				![All modules and their dependencies](components.svg)

				| Module | Base package | Depends on |
				|---|---|---|
				""");
		for (ApplicationModule module : sorted) {
			String dependencies = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getDisplayName)
				.sorted()
				.collect(Collectors.joining(", "));
			index.append("| [%s](%s.md) | `%s` | %s |\n".formatted(module.getDisplayName(), name(module),
					module.getBasePackage().getName(), dependencies.isEmpty() ? "—" : dependencies));
		}
		return index.toString();
	}

	private String siteModules(List<ApplicationModule> sorted) {
		var adoc = new StringBuilder();
		for (ApplicationModule module : sorted) {
			adoc.append("""
					=== %1$s

					image::%2$s.svg[%1$s and its dependencies]

					include::../modulith/module-%2$s.adoc[]

					""".formatted(module.getDisplayName(), name(module)));
		}
		return adoc.toString();
	}

	private static String siteDecisions(List<ArchitectureDecisions.Decision> decisions) {
		var adoc = new StringBuilder(
				passThrough(MarkdownHtml.renderBody(ArchitectureDecisions.index(decisions), "adr-index-", 1)));
		for (ArchitectureDecisions.Decision decision : decisions) {
			String anchor = MarkdownHtml.decisionAnchor(decision.number());
			adoc.append("\n[[")
				.append(anchor)
				.append("]]\n=== ")
				.append(Integer.parseInt(decision.number()))
				.append(". ")
				.append(decision.title())
				.append("\n\n")
				.append(passThrough(MarkdownHtml.renderBody(String.join("\n", decision.lines()), anchor + "-", 2)));
		}
		return adoc.toString();
	}

	/** HTML that Asciidoctor puts into the page as it is. */
	private static String passThrough(String html) {
		return "++++\n" + html.stripTrailing() + "\n++++\n";
	}

	private void clean() {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
