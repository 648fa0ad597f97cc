package app.documentation;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyDepth;
import org.springframework.modulith.core.DependencyType;

/**
 * What would cross the wire if a business module ran in a process of its own, read from
 * the code: the messages it would receive and send, and the synchronous calls that would
 * have to become remote calls, both ways. docs/extraction.md follows it step by step.
 */
final class ExtractionBoundaries {

	/** The modules every process runs (app.deployment): nothing of theirs crosses. */
	static final Set<String> EVERYWHERE = Set.of("database", "web", "gateway", "money", "deployment");

	record Boundary(String module, SortedSet<String> received, SortedSet<String> sent, SortedSet<String> callsOut,
			SortedSet<String> callsIn) {
	}

	private final List<Boundary> boundaries;

	private ExtractionBoundaries(List<Boundary> boundaries) {
		this.boundaries = boundaries;
	}

	static ExtractionBoundaries of(ApplicationModules modules, EventCatalogue events) {
		var business = modules.stream()
			.map(it -> it.getIdentifier().toString())
			.filter(it -> !EVERYWHERE.contains(it))
			.sorted()
			.toList();
		var boundaries = business.stream().map(module -> {
			var self = modules.getModuleByName(module).orElseThrow();
			// The catalogue names modules as their documentation does.
			var name = self.getDisplayName();
			var received = new TreeSet<String>();
			var sent = new TreeSet<String>();
			for (var message : events.messages()) {
				var listenedHere = modules(message.listeners()).contains(name);
				var listenedElsewhere = modules(message.listeners()).stream().anyMatch(it -> !it.equals(name));
				var publishedHere = modules(message.publishers()).contains(name);
				var publishedElsewhere = modules(message.publishers()).stream().anyMatch(it -> !it.equals(name));
				if (listenedHere && publishedElsewhere) {
					received.add(describe(message));
				}
				if (publishedHere && listenedElsewhere) {
					sent.add(describe(message));
				}
			}
			return new Boundary(module, received, sent, callsFrom(self, modules, business),
					callsInto(self, modules, business));
		}).toList();
		return new ExtractionBoundaries(boundaries);
	}

	List<Boundary> boundaries() {
		return boundaries;
	}

	String toMarkdown() {
		var markdown = new StringBuilder("""
				# What crosses the wire

				Generated from the code by `ExtractionBoundariesTests`: for each business module, what would travel \
				between processes if it ran in a process of its own (docs/extraction.md). Messages go through Kafka \
				(`app.deployment`); a synchronous call, a method of another module's API used in process today, would \
				become a remote call with a timeout. Nothing of `database`, `web`, `gateway`, `money` or `deployment` \
				crosses: every process runs them.

				| Module | Receives | Sends | Calls | Is called by |
				|---|---|---|---|---|
				""");
		for (var boundary : boundaries) {
			markdown.append("| ")
				.append(boundary.module())
				.append(" | ")
				.append(list(boundary.received()))
				.append(" | ")
				.append(list(boundary.sent()))
				.append(" | ")
				.append(list(boundary.callsOut()))
				.append(" | ")
				.append(list(boundary.callsIn()))
				.append(" |\n");
		}
		return markdown.toString();
	}

	private static String describe(EventCatalogue.Message message) {
		return message.name() + " (" + message.kind().name().toLowerCase() + " of " + message.owner() + ")";
	}

	private static Set<String> modules(SortedSet<EventCatalogue.Site> sites) {
		return sites.stream().map(EventCatalogue.Site::module).collect(Collectors.toSet());
	}

	/** The other business modules' components this module uses. */
	private static SortedSet<String> callsFrom(ApplicationModule module, ApplicationModules modules,
			List<String> business) {
		return module.getDependencies(modules, DependencyDepth.IMMEDIATE, DependencyType.USES_COMPONENT)
			.stream()
			.filter(it -> business.contains(it.getTargetModule().getIdentifier().toString()))
			.filter(it -> !it.getTargetModule().equals(module))
			.map(it -> it.getTargetType().getSimpleName() + " (" + it.getTargetModule().getIdentifier() + ")")
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The other business modules that use this module's components. */
	private static SortedSet<String> callsInto(ApplicationModule module, ApplicationModules modules,
			List<String> business) {
		var callers = new TreeSet<String>();
		for (var name : business) {
			var other = modules.getModuleByName(name).orElseThrow();
			if (other.equals(module)) {
				continue;
			}
			other.getDependencies(modules, DependencyDepth.IMMEDIATE, DependencyType.USES_COMPONENT)
				.stream()
				.filter(it -> it.getTargetModule().equals(module))
				.forEach(it -> callers.add(it.getTargetType().getSimpleName() + " (from " + name + ")"));
		}
		return callers;
	}

	private static String list(SortedSet<String> items) {
		return items.isEmpty() ? "—" : String.join("<br>", items);
	}

}
