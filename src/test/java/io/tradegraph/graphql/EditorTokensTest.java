package io.tradegraph.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/** Writes need an editor's token; each way a token can fail has its own code and HTTP status; reads need none. */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class EditorTokensTest {

    private static final String ADD = "mutation($source: SourceInput!) { addSource(source: $source) { code } }";

    @Test
    void aWriteWithoutATokenIsUnauthenticated() {
        refused(null, "UNAUTHENTICATED", 401).header("WWW-Authenticate", equalTo("Bearer realm=\"tradegraph\""));
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String expired = EditorKeys.sign(Jwt.issuer("tradegraph").subject("alice").groups(Set.of(Editor.ROLE))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)));
        refused(expired, "TOKEN_EXPIRED", 401).header("WWW-Authenticate", startsWith("Bearer realm=\"tradegraph\", error="));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() {
        String forged = Jwt.issuer("tradegraph").subject("mallory").groups(Set.of(Editor.ROLE)).expiresIn(600)
                .sign(EditorKeys.generate().getPrivate());
        refused(forged, "TOKEN_INVALID", 401);
    }

    @Test
    void aTokenOfAnotherIssuerOrNoTokenAtAllIsInvalid() {
        refused(EditorKeys.sign(Jwt.issuer("someone-else").subject("alice").groups(Set.of(Editor.ROLE)).expiresIn(600)),
                "TOKEN_INVALID", 401);
        refused("not.a.token", "TOKEN_INVALID", 401);
    }

    @Test
    void aTokenWithoutTheEditorRoleIsForbidden() {
        refused(EditorKeys.sign(Jwt.issuer("tradegraph").subject("reader").groups(Set.of("reader")).expiresIn(600)), "FORBIDDEN", 403);
    }

    @Test
    void aReadNeverLooksAtTheToken() {
        EditorKeys.post("not.a.token", "{ nation { code } }", Map.of()).statusCode(200)
                .body("data.nation.code", equalTo("VN")).body("errors", nullValue());
    }

    @Test
    void anEditorsTokenWrites() {
        EditorKeys.post(EditorKeys.token("alice"), ADD, Map.of("source", source("tok_ok"))).statusCode(200)
                .body("data.addSource.code", equalTo("tok_ok")).body("errors", nullValue());
    }

    private static io.restassured.response.ValidatableResponse refused(String token, String code, int status) {
        String sourceCode = "tok_" + code.toLowerCase();
        var response = EditorKeys.post(token, ADD, Map.of("source", source(sourceCode))).statusCode(status)
                .body("errors[0].extensions.code", equalTo(code)).body("data", nullValue());
        assertFalse(GraphQLClient.post("{ sources { code } }").toString().contains(sourceCode), "nothing written");
        return response;
    }

    private static Map<String, Object> source(String code) {
        return Map.of("code", code, "title", "A test article", "text", "Xuất khẩu đạt 1 tỷ USD.");
    }
}
