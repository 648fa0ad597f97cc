package app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import app.ApiClient.Answer;
import app.ContractRules.Kind;
import app.ContractRules.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The contract's failures, grouped so that a report of thousands of requests stays
 * readable: one entry per kind and reason, with the operations, callers and variants it
 * happened for and the first few requests as examples.
 */
final class ContractFailures {

	private static final int EXAMPLES = 2;

	private static final int OPERATIONS = 60;

	private static final int VARIANTS = 25;

	private final Map<Violation, Group> groups = new TreeMap<>(
			Comparator.comparing(Violation::kind).thenComparing(Violation::reason));

	private int count;

	void add(ApiCall call, Caller caller, @Nullable Answer answer, Violation violation) {
		count++;
		groups.computeIfAbsent(violation, it -> new Group()).add(call, caller, answer);
	}

	/** A failure of an operation as a whole, not of one request. */
	void add(ApiDocument.ApiOperation operation, Violation violation) {
		count++;
		groups.computeIfAbsent(violation, it -> new Group()).operations.add(operation.id());
	}

	boolean isEmpty() {
		return groups.isEmpty();
	}

	/** The report: each kind under its heading, each reason once. */
	String report(int requests) {
		var report = new StringBuilder(
				"%d failures, %d distinct, from %d requests%n".formatted(count, groups.size(), requests));
		Kind heading = null;
		for (var entry : groups.entrySet()) {
			var violation = entry.getKey();
			if (violation.kind() != heading) {
				heading = violation.kind();
				report.append("%n== %s ==%n".formatted(heading.heading));
			}
			entry.getValue().appendTo(report, violation.reason());
		}
		return report.toString();
	}

	private static final class Group {

		private final Set<String> operations = new TreeSet<>();

		private final Set<String> callers = new TreeSet<>();

		private final Set<String> variants = new TreeSet<>();

		private final Set<Integer> statuses = new TreeSet<>();

		private final List<String> examples = new ArrayList<>();

		private int count;

		void add(ApiCall call, Caller caller, @Nullable Answer answer) {
			count++;
			operations.add(call.operation().id());
			callers.add(caller.name());
			variants.add(call.variant());
			if (answer != null) {
				statuses.add(answer.status());
			}
			if (examples.size() < EXAMPLES) {
				var body = call.body() == null ? ""
						: " " + (call.body().length() > 200 ? call.body().substring(0, 200) + "…" : call.body());
				examples.add("%s %s as %s%s%n        → %s".formatted(call.method(), call.target(), caller.name(), body,
						answer == null ? "no answer" : answer));
			}
		}

		void appendTo(StringBuilder report, String reason) {
			report.append("- %s  [%d×]%n".formatted(reason, count));
			report.append("    operations: %s%n".formatted(listed(operations, OPERATIONS)));
			if (count > 0 && !callers.isEmpty()) {
				report.append("    statuses: %s; callers: %s%n".formatted(statuses, String.join(", ", callers)));
				report.append("    variants: %s%n".formatted(listed(variants, VARIANTS)));
			}
			examples.forEach(example -> report.append("    e.g. ").append(example).append(System.lineSeparator()));
		}

		private static String listed(Set<String> items, int limit) {
			var shown = items.stream().limit(limit).toList();
			return String.join(", ", shown) + (items.size() > limit ? " and " + (items.size() - limit) + " more" : "");
		}

	}

}
