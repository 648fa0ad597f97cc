package app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kubernetes manifests (ops/kubernetes) as a cluster receives them: each overlay
 * rendered by kustomize (kubectl's own), every object checked against Kubernetes' API
 * schema (the models generated from its OpenAPI document, which refuse an unknown field,
 * a missing required one and a value of the wrong type), then against what the shop
 * needs: probes on its health groups, a memory limit, no root, references that resolve,
 * and settings the shop knows. Needs {@code kubectl} or {@code kustomize} on the PATH
 * (they are on the CI machines); skipped without, except in CI.
 */
class KubernetesManifestsTests {

	private static final Path MANIFESTS = Path.of("ops", "kubernetes");

	/** The kinds the manifests may hold, each with its schema. */
	private static final Map<String, Class<?>> SCHEMAS = Map.of("apps/v1 Deployment", V1Deployment.class,
			"apps/v1 StatefulSet", V1StatefulSet.class, "v1 Service", V1Service.class, "v1 ConfigMap",
			V1ConfigMap.class, "v1 Secret", V1Secret.class, "autoscaling/v2 HorizontalPodAutoscaler",
			V2HorizontalPodAutoscaler.class, "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class);

	/** The Secrets an operator creates in production (ops/kubernetes/README.md). */
	private static final Set<String> GIVEN_BY_THE_OPERATOR = Set.of("agora-database", "agora-signing-key",
			"agora-payment-processor", "agora-administrator");

	private static final Gson gson = new Gson();

	@ParameterizedTest
	@ValueSource(strings = { "try", "production" })
	void everyObjectIsValidForKubernetes(String overlay) {
		var objects = render(overlay);

		assertThat(objects).isNotEmpty().allSatisfy(object -> {
			var kind = object.get("apiVersion") + " " + object.get("kind");
			assertThat(SCHEMAS).as("a kind the manifests may hold").containsKey(kind);
			validate(SCHEMAS.get(kind), object);
		});
	}

	@Test
	void theSchemaCheckRefusesAFieldKubernetesDoesNotHave() {
		var deployment = deployment(render("production"));
		map(deployment, "spec").put("replica", 3);

		assertThatThrownBy(() -> validate(V1Deployment.class, deployment)).hasMessageContaining("replica");
	}

	@ParameterizedTest
	@ValueSource(strings = { "try", "production" })
	void theShopIsProbedSizedAndUnprivileged(String overlay) {
		var spec = podSpec(deployment(render(overlay)));
		var shop = shopContainer(spec);

		assertThat(path(shop, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(path(shop, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(path(shop, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(list(shop, "ports")).extracting(it -> (Object) ((Map<?, ?>) it).get("containerPort"))
			.containsExactly(8080);
		assertThat(path(shop, "resources", "limits", "memory")).as("a memory limit the JVM sizes itself by")
			.isNotNull();
		assertThat(path(shop, "resources", "requests", "memory"))
			.isEqualTo(path(shop, "resources", "limits", "memory"));
		assertThat(path(spec, "securityContext", "runAsNonRoot")).isEqualTo(true);
		assertThat(path(shop, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
		assertThat(path(shop, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
		// Longer than a shutdown takes (ADR 0025): the pause before it, then at most 21
		// s.
		assertThat((Integer) spec.get("terminationGracePeriodSeconds")).isGreaterThan(5 + 21);
	}

	@ParameterizedTest
	@ValueSource(strings = { "try", "production" })
	void everyReferenceResolves(String overlay) {
		var objects = render(overlay);
		var deployment = deployment(objects);
		var podLabels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");

		assertThat(objects).filteredOn(it -> "Service".equals(it.get("kind")))
			.filteredOn(it -> "agora".equals(name(it)))
			.singleElement()
			.satisfies(service -> assertThat(podLabels).containsAllEntriesOf(map(map(service, "spec"), "selector")));
		assertThat(map(map(map(deployment, "spec"), "selector"), "matchLabels")).isEqualTo(podLabels);
		objects.stream().filter(it -> "PodDisruptionBudget".equals(it.get("kind"))).forEach(budget -> {
			assertThat(podLabels).containsAllEntriesOf(map(map(map(budget, "spec"), "selector"), "matchLabels"));
		});
		objects.stream().filter(it -> "HorizontalPodAutoscaler".equals(it.get("kind"))).forEach(autoscaler -> {
			assertThat(path(autoscaler, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
			assertThat(path(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(name(deployment));
		});

		var rendered = new HashSet<String>();
		objects.stream()
			.filter(it -> Set.of("ConfigMap", "Secret").contains(it.get("kind")))
			.forEach(it -> rendered.add(it.get("kind") + "/" + name(it)));
		for (var source : environmentSources(shopContainer(podSpec(deployment)))) {
			var given = source.kind().equals("Secret") && overlay.equals("production")
					&& GIVEN_BY_THE_OPERATOR.contains(source.name());
			if (!source.optional() && !given) {
				assertThat(rendered).as("%s %s", overlay, source).contains(source.kind() + "/" + source.name());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "try", "production" })
	void everySettingGivenToTheShopIsOneItKnows(String overlay) throws IOException {
		var objects = render(overlay);
		var known = knownSettings();
		var shop = shopContainer(podSpec(deployment(objects)));
		var given = new ArrayList<String>();
		for (var source : environmentSources(shop)) {
			objects.stream()
				.filter(it -> source.kind().equals(it.get("kind")) && source.name().equals(name(it)))
				.forEach(it -> given.addAll(map(it, "data").keySet().stream().map(String::valueOf).toList()));
		}

		assertThat(given).isNotEmpty()
			.allSatisfy(variable -> assertThat(known).as("a setting named by %s", variable)
				.containsAnyElementsOf(settingsNamedBy(variable)));
	}

	@Test
	void productionRunsSeveralInstancesOnTheirOwnNodesAndCommitsNoCredentials() {
		var objects = render("production");

		assertThat(objects).filteredOn(it -> "Secret".equals(it.get("kind"))).isEmpty();
		assertThat(objects).filteredOn(it -> "PodDisruptionBudget".equals(it.get("kind"))).hasSize(1);
		assertThat(objects).filteredOn(it -> "HorizontalPodAutoscaler".equals(it.get("kind")))
			.singleElement()
			.satisfies(it -> assertThat((Integer) path(it, "spec", "minReplicas")).isGreaterThanOrEqualTo(2));
		var spec = podSpec(deployment(objects));
		assertThat(list(spec, "topologySpreadConstraints")).isNotEmpty();
		assertThat(String.valueOf(shopContainer(spec).get("image"))).doesNotStartWith("agora:");
	}

	// --- Rendering ---------------------------------------------------------------------

	private static List<Map<String, Object>> render(String overlay) {
		var tool = renderer();
		var command = new ArrayList<>(tool);
		command.add(MANIFESTS.resolve(overlay).toString());
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(false).start();
			var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			var err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as("%s: %s", command, err).isZero();
			var objects = new ArrayList<Map<String, Object>>();
			for (var document : new Yaml().loadAll(out)) {
				if (document != null) {
					@SuppressWarnings("unchecked")
					var object = (Map<String, Object>) document;
					objects.add(object);
				}
			}
			return objects;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** kustomize itself, or kubectl's. */
	private static List<String> renderer() {
		var kustomize = onPath("kustomize");
		if (kustomize.isPresent()) {
			return List.of(kustomize.get().toString(), "build");
		}
		var kubectl = onPath("kubectl");
		if (kubectl.isPresent()) {
			return List.of(kubectl.get().toString(), "kustomize");
		}
		if (System.getenv("CI") != null) {
			fail("CI needs kubectl or kustomize on the PATH to check the Kubernetes manifests");
		}
		Assumptions.abort("No kubectl or kustomize on the PATH: the Kubernetes manifests are not checked here");
		throw new IllegalStateException();
	}

	private static Optional<Path> onPath(String program) {
		return Stream.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(java.io.File.pathSeparator))
			.map(it -> Path.of(it, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

	// --- Kubernetes' schema ------------------------------------------------------------

	private static void validate(Class<?> schema, Map<String, Object> object) {
		try {
			schema.getMethod("validateJsonElement", JsonElement.class).invoke(null, gson.toJsonTree(object));
		}
		catch (InvocationTargetException ex) {
			fail("%s %s is not valid: %s", object.get("kind"), name(object), ex.getCause().getMessage());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- The shop's settings -----------------------------------------------------------

	/**
	 * Every setting in the configuration metadata on the class path (Spring Boot's and
	 * Agora's own), with its dashes removed, as an environment variable names it.
	 */
	private static Set<String> knownSettings() throws IOException {
		var mapper = JsonMapper.builder().build();
		var names = new HashSet<String>();
		var resources = KubernetesManifestsTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (resources.hasMoreElements()) {
			try (var in = resources.nextElement().openStream()) {
				for (JsonNode property : mapper.readTree(in).path("properties")) {
					names.add(property.path("name").asString().toLowerCase().replace("-", ""));
				}
			}
		}
		return names;
	}

	/**
	 * The settings an environment variable may bind to: underscores are dots, and a dash
	 * may have been dropped or written as an underscore.
	 */
	private static Set<String> settingsNamedBy(String variable) {
		var dotted = variable.toLowerCase().replace('_', '.');
		var names = new HashSet<String>();
		names.add(dotted);
		var parts = dotted.split("\\.");
		// Two neighbouring parts may be one dashed word (AGORA_PAYMENTS_HTTP_BASE_URL for
		// base-url).
		for (int i = 0; i + 1 < parts.length; i++) {
			var joined = new ArrayList<String>();
			for (int j = 0; j < parts.length; j++) {
				if (j == i) {
					joined.add(parts[j] + parts[j + 1]);
					j++;
				}
				else {
					joined.add(parts[j]);
				}
			}
			names.add(String.join(".", joined));
		}
		return names;
	}

	// --- Reading the objects -----------------------------------------------------------

	private record EnvironmentSource(String kind, String name, boolean optional) {
	}

	private static List<EnvironmentSource> environmentSources(Map<String, Object> container) {
		var sources = new ArrayList<EnvironmentSource>();
		for (var entry : list(container, "envFrom")) {
			var from = (Map<String, Object>) entry;
			if (from.containsKey("configMapRef")) {
				var ref = map(from, "configMapRef");
				sources.add(new EnvironmentSource("ConfigMap", (String) ref.get("name"),
						Boolean.TRUE.equals(ref.get("optional"))));
			}
			if (from.containsKey("secretRef")) {
				var ref = map(from, "secretRef");
				sources.add(new EnvironmentSource("Secret", (String) ref.get("name"),
						Boolean.TRUE.equals(ref.get("optional"))));
			}
		}
		return sources;
	}

	private static Map<String, Object> deployment(List<Map<String, Object>> objects) {
		return objects.stream()
			.filter(it -> "Deployment".equals(it.get("kind")) && "agora".equals(name(it)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Deployment agora"));
	}

	private static Map<String, Object> podSpec(Map<String, Object> deployment) {
		return map(map(map(deployment, "spec"), "template"), "spec");
	}

	private static Map<String, Object> shopContainer(Map<String, Object> podSpec) {
		return list(podSpec, "containers").stream()
			.map(it -> (Map<String, Object>) it)
			.filter(it -> "agora".equals(it.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no container agora"));
	}

	private static String name(Map<String, Object> object) {
		return String.valueOf(map(object, "metadata").get("name"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> object, String key) {
		return (Map<String, Object>) Objects.requireNonNullElse(object.get(key), Map.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> object, String key) {
		return (List<Object>) Objects.requireNonNullElse(object.get(key), List.of());
	}

	private static Object path(Map<String, Object> object, String... keys) {
		Object current = object;
		for (var key : keys) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

}
