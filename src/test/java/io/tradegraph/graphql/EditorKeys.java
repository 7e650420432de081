package io.tradegraph.graphql;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/**
 * A key pair made for this test run, never committed: the service trusts its public half, and the tests sign
 * editors' tokens with its private half (smallrye-jwt-build reads {@code smallrye.jwt.sign.key.location}).
 */
public class EditorKeys implements QuarkusTestResourceLifecycleManager {

    private static final String PUBLIC = "tradegraph.test.editor-public-key";
    private static final String PRIVATE = "tradegraph.test.editor-private-key";

    /** Tests that write: the keys, and a schema of their own, so that what they write is not what others read. */
    public static class Editing implements QuarkusTestProfile {
        public static final String SCHEMA = "tradegraph_editing";

        @Override
        public Map<String, String> getConfigOverrides() {
            // Quarkus's graceful shutdown counts a WebSocket upgrade as a request that never ends, so after a
            // subscription test it would wait its whole timeout: not worth waiting for in tests.
            return Map.of("tradegraph.db.schema", SCHEMA, "quarkus.shutdown.timeout", "1S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EditorKeys.class));
        }
    }

    /** An editor's token, signed with this run's key. */
    public static String token(String subject) {
        return sign(Jwt.issuer("tradegraph").subject(subject).groups(Set.of(Editor.ROLE)).expiresIn(600));
    }

    /**
     * Claims signed with this run's private key, given explicitly: smallrye-jwt-build's own lookup of the key goes
     * through the configuration of the calling thread, which a test class running after another may not see.
     */
    public static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
        try {
            return claims.sign(io.smallrye.jwt.util.KeyUtils.decodePrivateKey(System.getProperty(PRIVATE)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a document with a bearer token (none when null), for any status. */
    public static ValidatableResponse post(String token, String document, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then();
    }

    /** The body of an answer that must be 200. */
    public static JsonObject write(String token, String document, Map<String, Object> variables) {
        String body = post(token, document, variables).statusCode(200).extract().asString();
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Override
    public Map<String, String> start() {
        // Once per test JVM (system properties, since Quarkus may load this class in more than one class loader): a
        // second pair would leave the service trusting a key the tests no longer sign with. Inline values, which
        // take precedence over the keys Quarkus would generate for tests by itself.
        if (System.getProperty(PUBLIC) == null) {
            KeyPair pair = generate();
            System.setProperty(PUBLIC, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            System.setProperty(PRIVATE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        }
        return Map.of("mp.jwt.verify.publickey", System.getProperty(PUBLIC),
                "smallrye.jwt.sign.key", System.getProperty(PRIVATE));
    }

    @Override
    public void stop() {
    }

    /** A fresh 2048-bit RSA pair, as RS256 needs. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
