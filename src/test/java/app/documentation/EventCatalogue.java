package app.documentation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jmolecules.architecture.cqrs.Command;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every event and command the modules exchange, read from the code: the module that owns
 * it, what it carries, the code that creates it and the listeners that take it. Events
 * are the jMolecules {@link DomainEvent}s a module announces; commands are the jMolecules
 * types annotated {@link Command}: what a module carries out when another one asks.
 */
final class EventCatalogue {

	enum Kind {

		EVENT, COMMAND

	}

	/** A place in the code, named as a reader finds it: the module and the method. */
	record Site(String module, String method, String note) implements Comparable<Site> {

		@Override
		public int compareTo(Site other) {
			return Comparator.comparing(Site::module)
				.thenComparing(Site::method)
				.thenComparing(Site::note)
				.compare(this, other);
		}

		@Override
		public String toString() {
			return module + " — `" + method + "`" + note;
		}

	}

	record Field(String name, String type, boolean nullable) {
	}

	record Message(Class<?> type, Kind kind, String owner, String description, List<Field> fields,
			SortedSet<Site> publishers, SortedSet<Site> listeners) {

		String name() {
			return type.getSimpleName();
		}

	}

	private final List<Message> messages;

	private final Set<String> undeclared;

	private EventCatalogue(List<Message> messages, Set<String> undeclared) {
		this.messages = messages;
		this.undeclared = undeclared;
	}

	static EventCatalogue of(ApplicationModules modules, Javadoc javadoc) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(modules.getRootPackages().get(0).getName());
		Map<JavaClass, SortedSet<Site>> listeners = listenersByMessage(classes, modules);
		var undeclared = listeners.keySet()
			.stream()
			.filter(type -> modules.getModuleByType(type.getName()).isPresent() && kind(type) == null)
			.map(JavaClass::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		var messages = classes.stream()
			.filter(type -> kind(type) != null && !type.isInterface())
			.map(type -> new Message(type.reflect(), kind(type), owner(type, modules),
					javadoc.of(type.reflect()).orElse(""), fields(type.reflect()), publishers(type, modules),
					listeners.getOrDefault(type, new TreeSet<>())))
			.sorted(Comparator.comparing(Message::owner).thenComparing(Message::kind).thenComparing(Message::name))
			.toList();
		return new EventCatalogue(messages, undeclared);
	}

	List<Message> messages() {
		return messages;
	}

	/**
	 * Types that listeners take but that are declared neither as an event nor as a
	 * command: the catalogue cannot say what they are.
	 */
	Set<String> undeclaredMessages() {
		return undeclared;
	}

	String toMarkdown() {
		var markdown = new StringBuilder(
				"""
						# Event catalogue

						Every event and command the modules exchange, generated from the code. An **event** (a jMolecules \
						`DomainEvent`) says what happened in the module that owns it, and only that module publishes it. A \
						**command** (annotated with jMolecules' `@Command`) asks the module that owns it to do something, and other \
						modules publish it. Both travel through the event publication registry: a listener marked *after \
						commit* runs in its own transaction once the publisher's has committed, and is retried until it \
						succeeds.

						| Message | Kind | Owner | Published by | Listened to by |
						|---|---|---|---|---|
						""");
		for (Message message : messages) {
			markdown.append("| [")
				.append(message.name())
				.append("](#")
				.append(message.name().toLowerCase())
				.append(") | ")
				.append(message.kind().name().toLowerCase())
				.append(" | ")
				.append(message.owner())
				.append(" | ")
				.append(modulesOf(message.publishers()))
				.append(" | ")
				.append(modulesOf(message.listeners()))
				.append(" |\n");
		}
		String owner = null;
		for (Message message : messages) {
			if (!message.owner().equals(owner)) {
				owner = message.owner();
				markdown.append("\n## ").append(owner).append('\n');
			}
			markdown.append("\n### ").append(message.name()).append("\n\n");
			markdown.append(message.kind() == Kind.EVENT ? "An event" : "A command")
				.append(" of ")
				.append(owner)
				.append(", `")
				.append(message.type().getName())
				.append("`.");
			if (!message.description().isBlank()) {
				markdown.append(' ').append(message.description());
			}
			markdown.append("\n\n| Field | Type |\n|---|---|\n");
			for (Field field : message.fields()) {
				markdown.append("| `")
					.append(field.name())
					.append("` | `")
					.append(field.type())
					.append(field.nullable() ? "` (may be null) |\n" : "` |\n");
			}
			markdown.append('\n');
			markdown.append("- Published by: ").append(sites(message.publishers())).append('\n');
			markdown.append("- Listened to by: ").append(sites(message.listeners())).append('\n');
		}
		return markdown.toString();
	}

	private static String modulesOf(SortedSet<Site> sites) {
		return sites.isEmpty() ? "—" : sites.stream().map(Site::module).distinct().collect(Collectors.joining(", "));
	}

	private static String sites(SortedSet<Site> sites) {
		return sites.isEmpty() ? "nobody yet" : sites.stream().map(Site::toString).collect(Collectors.joining("; "));
	}

	private static Kind kind(JavaClass type) {
		if (type.isAssignableTo(DomainEvent.class)) {
			return Kind.EVENT;
		}
		return type.isAnnotatedWith(Command.class) ? Kind.COMMAND : null;
	}

	private static String owner(JavaClass type, ApplicationModules modules) {
		return modules.getModuleByType(type.getName()).map(ApplicationModule::getDisplayName).orElse("(no module)");
	}

	private static List<Field> fields(Class<?> type) {
		if (!type.isRecord()) {
			return List.of();
		}
		return Arrays.stream(type.getRecordComponents())
			.map(component -> new Field(component.getName(), typeName(component.getGenericType()),
					component.getAnnotatedType().isAnnotationPresent(Nullable.class)))
			.toList();
	}

	private static String typeName(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return typeName(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
				.map(EventCatalogue::typeName)
				.collect(Collectors.joining(", ", "<", ">"));
		}
		if (type instanceof Class<?> type1 && type1.getEnclosingClass() != null) {
			return typeName(type1.getEnclosingClass()) + "." + type1.getSimpleName();
		}
		return type instanceof Class<?> plain ? plain.getSimpleName() : type.getTypeName();
	}

	/**
	 * Where messages of the type are created. A message created in its own factory method
	 * is created wherever that factory is called.
	 */
	private static SortedSet<Site> publishers(JavaClass type, ApplicationModules modules) {
		return type.getConstructorCallsToSelf()
			.stream()
			.map(call -> call.getOrigin())
			.flatMap(origin -> origin.getOwner().equals(type)
					? origin.getAccessesToSelf().stream().map(access -> access.getOrigin()) : Stream.of(origin))
			.filter(origin -> !origin.getOwner().equals(type))
			.map(origin -> site(origin, modules))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Map<JavaClass, SortedSet<Site>> listenersByMessage(JavaClasses classes, ApplicationModules modules) {
		var listeners = new LinkedHashMap<JavaClass, SortedSet<Site>>();
		classes.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(EventCatalogue::isListener)
			.filter(method -> !method.getRawParameterTypes().isEmpty())
			.forEach(method -> listeners.computeIfAbsent(method.getRawParameterTypes().get(0), key -> new TreeSet<>())
				.add(listenerSite(method, modules)));
		return listeners;
	}

	private static boolean isListener(JavaMethod method) {
		return method.isAnnotatedWith(EventListener.class) || method.isMetaAnnotatedWith(EventListener.class);
	}

	private static Site listenerSite(JavaMethod method, ApplicationModules modules) {
		var site = site(method, modules);
		return method.isAnnotatedWith(ApplicationModuleListener.class)
				? new Site(site.module(), site.method(), " (after commit)") : site;
	}

	private static Site site(JavaCodeUnit codeUnit, ApplicationModules modules) {
		var module = modules.getModuleByType(codeUnit.getOwner().getName());
		String owner = module
			.map(found -> codeUnit.getOwner().getName().substring(found.getBasePackage().getName().length() + 1))
			.orElse(codeUnit.getOwner().getName());
		return new Site(module.map(ApplicationModule::getDisplayName).orElse("(no module)"),
				owner.replace('$', '.') + "." + methodName(codeUnit), "");
	}

	/**
	 * Lambdas compile to synthetic methods named after the method they are written in.
	 */
	private static String methodName(JavaCodeUnit codeUnit) {
		String name = codeUnit.getName();
		if (name.startsWith("lambda$")) {
			return name.split("\\$")[1];
		}
		return name.equals("<init>") ? "new" : name;
	}

}
