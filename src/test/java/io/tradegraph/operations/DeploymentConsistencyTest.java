package io.tradegraph.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The Dockerfiles, the compose file and the Kubernetes manifests use the port, health paths and environment
 * variables that the application actually has.
 */
@QuarkusTest
class DeploymentConsistencyTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Set<String> STANDARD_VARIABLES = Set.of("MP_JWT_VERIFY_PUBLICKEY",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    void everyEnvironmentVariableTheDeploymentsSetIsOneTheApplicationReads() throws IOException {
        Set<String> read = variablesTheApplicationReads();
        Map<String, Object> compose = yaml("docker-compose.yml");
        Set<String> set = new HashSet<>(keys(path(compose, "services", "tradegraph", "environment")));
        set.addAll(keys(path(yaml("kubernetes/configmap.yaml"), "data")));
        set.addAll(keys(path(yaml("kubernetes/secret.yaml"), "stringData")));

        assertTrue(read.containsAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_POOL_SIZE", "PORT", "CORS_ORIGINS",
                "GRAPHIQL_ENABLED", "LOG_JSON")), () -> "the application reads " + read);
        Set<String> unknown = new HashSet<>(set);
        unknown.removeAll(read);
        assertEquals(Set.of(), unknown, "set by the deployments but read by nobody");
        assertTrue(set.containsAll(List.of("DB_URL", "DB_USER", "DB_PASSWORD")), "the deployments configure the database");
    }

    @Test
    void portsAgreeWithTheApplicationsPort() throws IOException {
        String port = defaultOf("PORT");
        Map<String, Object> container = container();

        assertEquals(port, String.valueOf(((Map<?, ?>) ((List<?>) container.get("ports")).get(0)).get("containerPort")));
        assertEquals(port, String.valueOf(path(yaml("kubernetes/deployment.yaml"), "spec", "template", "metadata",
                "annotations", "prometheus.io/port")));
        assertTrue(((List<?>) path(yaml("docker-compose.yml"), "services", "tradegraph", "ports")).contains(port + ":" + port));
        for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native")) {
            assertTrue(Files.readString(DEPLOY.resolve(dockerfile)).contains("EXPOSE " + port), dockerfile);
        }
    }

    @Test
    void probeAndMetricsPathsAreServedByTheApplication() throws IOException {
        List<String> paths = new ArrayList<>();
        Map<String, Object> container = container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            paths.add((String) path(container, probe, "httpGet", "path"));
        }
        paths.add((String) path(yaml("kubernetes/deployment.yaml"), "spec", "template", "metadata", "annotations", "prometheus.io/path"));
        Matcher composeCheck = Pattern.compile("localhost:\\d+(/\\S+?)[ \"]")
                .matcher(String.valueOf(path(yaml("docker-compose.yml"), "services", "tradegraph", "healthcheck", "test")));
        assertTrue(composeCheck.find(), "the compose file checks the service's health");
        paths.add(composeCheck.group(1));

        assertEquals(5, paths.size(), "three probes, metrics and a compose check: " + paths);
        for (String path : paths) {
            given().when().get(path).then().statusCode(200);
        }
    }

    @Test
    void theNativeDockerfileCompilesTheSourcesTheBuildProduces() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile.native"));
        String ignore = Files.readString(Path.of(".dockerignore"));

        assertTrue(dockerfile.contains("COPY --chown=quarkus:quarkus target/native-sources /build"));
        assertTrue(dockerfile.contains("native-image $(cat native-image.args)"));
        assertTrue(ignore.contains("!target/native-sources/") && ignore.contains("!target/quarkus-app/"),
                "the image builds can see their inputs");
    }

    @Test
    void eachDeploymentRunsItsImageAsTheUserTheImageIsBuiltFor() throws IOException {
        // Kubernetes checks runAsNonRoot against the user it is told, not the image's: a wrong one fails on start.
        assertEquals(userOf("Dockerfile.jvm"), String.valueOf(path(container(), "securityContext", "runAsUser")));
        Map<String, Object> overlay = yaml("kubernetes/native/kustomization.yaml");
        assertEquals(List.of(".."), overlay.get("resources"), "the native Deployment is the JVM one, patched");
        assertTrue(String.valueOf(overlay.get("images")).contains("newTag=1.0.0-native"), () -> overlay.toString());
        List<?> containers = (List<?>) path(yaml("kubernetes/native/deployment.yaml"), "spec", "template", "spec",
                "containers");
        assertEquals(userOf("Dockerfile.native"), String.valueOf(path(containers.get(0), "securityContext", "runAsUser")));
    }

    /** The user of the image's last stage, the one that runs. */
    private static String userOf(String dockerfile) throws IOException {
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(Files.readString(DEPLOY.resolve(dockerfile)));
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        assertNotNull(last, dockerfile + " names its user");
        return last;
    }

    private static Map<String, Object> container() throws IOException {
        List<?> containers = (List<?>) path(yaml("kubernetes/deployment.yaml"), "spec", "template", "spec", "containers");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) containers.get(0);
        return container;
    }

    private static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> names = new HashSet<>();
        Matcher matcher = ENV_REFERENCE.matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertFalse(names.isEmpty());
        // MicroProfile JWT's settings, which smallrye-jwt reads under their standard names (docs/operations.md).
        names.addAll(STANDARD_VARIABLES);
        return names;
    }

    private static String defaultOf(String variable) throws IOException {
        Matcher matcher = Pattern.compile("\\$\\{" + variable + ":([^}]*)}")
                .matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        assertTrue(matcher.find(), variable + " has a default");
        return matcher.group(1);
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        try (Stream<String> lines = Files.lines(DEPLOY.resolve(file))) {
            return new Yaml().load(String.join("\n", lines.toList()));
        }
    }

    private static Object path(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = ((Map<?, ?>) current).get(key);
            if (current == null) {
                throw new AssertionError("missing '" + key + "' in " + String.join(".", keys));
            }
        }
        return current;
    }

    private static Set<String> keys(Object map) {
        Set<String> keys = new HashSet<>();
        ((Map<?, ?>) map).keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }
}
