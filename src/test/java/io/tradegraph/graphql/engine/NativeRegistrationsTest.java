package io.tradegraph.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import graphql.i18n.I18n;

/**
 * A native image finds a resource bundle only if it was registered when the image was built. graphql-java's error
 * messages come from one bundle per kind; Quarkus registers two of them, the application the rest. A graphql-java
 * that adds a kind fails here, not in a native image answering a client's mistake with a 500.
 */
class NativeRegistrationsTest {

    private static final Set<String> REGISTERED_BY_QUARKUS = Set.of("i18n.Parsing", "i18n.Validation");

    @Test
    void everyBundleOfGraphqlJavasMessagesIsRegisteredForTheNativeImage() throws IOException {
        Set<String> registered = new HashSet<>(REGISTERED_BY_QUARKUS);
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/native-image/io.tradegraph/tradegraph/resource-config.json")) {
            JsonObject config = Json.createReader(in).readObject();
            config.getJsonArray("bundles").forEach(bundle -> registered.add(bundle.asJsonObject().getString("name")));
        }
        Set<String> used = Arrays.stream(I18n.BundleType.values()).map(type -> "i18n." + type.name())
                .collect(Collectors.toSet());
        assertEquals(used, registered);
    }
}
