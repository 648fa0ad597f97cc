package app.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import app.Agora;
import app.deployment.MessageBoundary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.util.ClassUtils;

/**
 * The extraction guide cannot go stale: what would cross the wire for every module is
 * generated from the code into {@code docs/extraction-boundaries.md} (regenerated with
 * {@code -Ddocs.update}), and a module that declares its Kafka boundary declares exactly
 * the messages that cross it.
 */
class ExtractionBoundariesTests {

	static final Path COMMITTED = Path.of("docs", "extraction-boundaries.md");

	static ExtractionBoundaries boundaries;

	@BeforeAll
	static void generate() {
		var modules = ApplicationModules.of(Agora.class);
		boundaries = ExtractionBoundaries.of(modules, EventCatalogue.of(modules, Javadoc.extractedAtCompileTime()));
	}

	@Test
	void theCommittedTableIsWhatTheCodeGenerates() throws IOException {
		var generated = Path.of("target", "generated-docs", "extraction-boundaries.md");
		Files.createDirectories(generated.getParent());
		Files.writeString(generated, boundaries.toMarkdown(), StandardCharsets.UTF_8);
		if (CommittedDocuments.updating()) {
			CommittedDocuments.update(generated, COMMITTED);
		}
		assertThat(CommittedDocuments.differences(generated, COMMITTED))
			.as("the committed table is not what the code generates; regenerate it with %s",
					CommittedDocuments.REGENERATE.replace("DocumentationTests", "ExtractionBoundariesTests"))
			.isEmpty();
	}

	@Test
	void aDeclaredKafkaBoundaryCarriesExactlyTheMessagesThatCrossIt() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(MessageBoundary.class));
		var declared = new ArrayList<MessageBoundary>();
		for (var candidate : scanner.findCandidateComponents("app")) {
			declared.add((MessageBoundary) BeanUtils
				.instantiateClass(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)));
		}
		assertThat(declared).extracting(MessageBoundary::module).contains("payments");
		for (var boundary : declared) {
			var crossing = boundaries.boundaries()
				.stream()
				.filter(it -> it.module().equals(boundary.module()))
				.findFirst()
				.orElseThrow();
			assertThat(names(boundary.inbound().messages())).as("%s receives", boundary.module())
				.isEqualTo(names(crossing.received()));
			assertThat(names(boundary.outbound().messages())).as("%s sends", boundary.module())
				.isEqualTo(names(crossing.sent()));
			assertThat(crossing.callsOut())
				.as("%s calls no other module: it can run on messages alone", boundary.module())
				.isEmpty();
		}
	}

	private static TreeSet<String> names(List<? extends app.deployment.MessageType<?>> messages) {
		var names = new TreeSet<String>();
		messages.forEach(it -> names.add(it.name()));
		return names;
	}

	private static TreeSet<String> names(java.util.SortedSet<String> described) {
		var names = new TreeSet<String>();
		described.forEach(it -> names.add(it.substring(0, it.indexOf(' '))));
		return names;
	}

}
