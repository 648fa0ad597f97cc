package app.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.Agora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The documentation committed for reviewers is what the code generates: the module
 * diagrams and canvases and the event catalogue in {@code docs/modules}, and the index of
 * the decision records. Run with {@code -Ddocs.update} to regenerate them instead. The
 * decision records themselves all have the same shape, and each names the tests that
 * confirm it.
 */
class DocumentationTests {

	static final Path COMMITTED_MODULES = Path.of("docs", "modules");

	static final Path DECISIONS = Path.of("docs", "adr");

	static ApplicationModules modules;

	static EventCatalogue events;

	static List<ArchitectureDecisions.Decision> decisions;

	static ReviewerDocumentation generated;

	@BeforeAll
	static void generate() {
		modules = ApplicationModules.of(Agora.class);
		events = EventCatalogue.of(modules, Javadoc.extractedAtCompileTime());
		decisions = ArchitectureDecisions.in(DECISIONS);
		generated = new ReviewerDocumentation(modules, Path.of("target", "generated-docs")).write(decisions, events);
	}

	@Test
	void committedModuleDocumentationIsWhatTheCodeGenerates() {
		CommittedDocuments.assertUpToDate(generated.modules(), COMMITTED_MODULES, CommittedDocuments.REGENERATE);
	}

	@Test
	void committedDecisionIndexListsEveryRecord() {
		CommittedDocuments.assertUpToDate(generated.decisionIndex(), DECISIONS.resolve("README.md"),
				CommittedDocuments.REGENERATE);
	}

	@Test
	void everyDiagramIsRenderedFromItsCommittedSource() throws IOException {
		try (Stream<Path> svgs = Files.list(generated.modules()).filter(file -> file.toString().endsWith(".svg"))) {
			assertThat(svgs).isNotEmpty()
				.allSatisfy(svg -> assertThat(Files.readString(svg)).startsWith("<?plantuml")
					.contains("<svg")
					.doesNotContain("Cannot find Graphviz")
					.doesNotContain("Syntax Error"));
		}
	}

	@Test
	void everyMessageAListenerTakesIsDeclaredAsAnEventOrACommand() {
		assertThat(events.undeclaredMessages())
			.as("types listeners take that implement neither jMolecules' DomainEvent nor Command")
			.isEmpty();
	}

	@Test
	void theCatalogueNamesWhoPublishesAndWhoListens() {
		var reserveStock = events.messages()
			.stream()
			.filter(message -> message.name().equals("ReserveStock"))
			.findFirst()
			.orElseThrow();

		assertThat(reserveStock.kind()).isEqualTo(EventCatalogue.Kind.COMMAND);
		assertThat(reserveStock.owner()).isEqualTo("Catalog");
		assertThat(reserveStock.fields()).extracting(EventCatalogue.Field::name).containsExactly("orderId", "lines");
		assertThat(reserveStock.publishers()).extracting(EventCatalogue.Site::module).containsOnly("Orders");
		assertThat(reserveStock.listeners()).extracting(EventCatalogue.Site::module).containsOnly("Catalog");
		assertThat(events.messages()).filteredOn(message -> message.kind() == EventCatalogue.Kind.EVENT)
			.allSatisfy(event -> assertThat(event.publishers()).extracting(EventCatalogue.Site::module)
				.as("an event is published by the module that owns it: %s", event.name())
				.containsOnly(event.owner()));
	}

	@Test
	void everyDecisionRecordHasTheSameShape() {
		assertThat(decisions).isNotEmpty()
			.allSatisfy(decision -> assertThat(decision.shapeProblems())
				.as("%s does not have the shape of the other records", decision.fileName())
				.isEmpty());
	}

	@Test
	void everyDecisionRecordNamesTheTestsThatConfirmIt() {
		Set<String> tests = testClasses();

		assertThat(decisions).allSatisfy(decision -> {
			assertThat(decision.confirmingTests()).as("%s names no test in its Confirmation", decision.fileName())
				.isNotEmpty();
			assertThat(tests).as("%s names tests that do not exist", decision.fileName())
				.containsAll(decision.confirmingTests());
		});
	}

	private static Set<String> testClasses() {
		try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".java"))
				.map(name -> name.substring(0, name.length() - ".java".length()))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
