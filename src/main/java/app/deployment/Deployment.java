package app.deployment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which modules run in this process: every module (the default), or those
 * {@code agora.deployment.modules} names together with the technical modules every
 * process needs. A module that does not run here runs elsewhere, and is reached through
 * Kafka.
 */
record Deployment(Set<String> modules) {

	static final String PROPERTY = "agora.deployment.modules";

	/**
	 * Needed by every process, so never named: data, errors, the front door, money, this.
	 */
	static final Set<String> EVERYWHERE = Set.of("database", "web", "gateway", "money", "deployment");

	Deployment {
		modules = Set.copyOf(modules);
	}

	static Deployment of(Environment environment) {
		var named = Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(List.of());
		return new Deployment(new LinkedHashSet<>(named));
	}

	/** Whether every module runs here, as in the one-process shop. */
	boolean everything() {
		return modules.isEmpty();
	}

	boolean runsHere(String module) {
		return everything() || EVERYWHERE.contains(module) || modules.contains(module);
	}

	/**
	 * The module a class belongs to: the package below {@code app}; empty for the root.
	 */
	static String moduleOf(String className) {
		var rest = className.startsWith("app.") ? className.substring(4) : "";
		var dot = rest.indexOf('.');
		return dot < 0 ? "" : rest.substring(0, dot);
	}

	boolean runsHereClass(String className) {
		var module = moduleOf(className);
		return module.isEmpty() || runsHere(module);
	}

	/** The packages whose repositories and entities this process scans. */
	List<String> packages() {
		return java.util.stream.Stream.concat(EVERYWHERE.stream(), modules.stream())
			.map(it -> "app." + it)
			.sorted()
			.toList();
	}

}
