package io.tradegraph.graphql;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.measure.Bounds;
import io.vertx.ext.web.RoutingContext;

/**
 * Who may write: the holder of a bearer JWT with the role {@value #ROLE}, signed with the configured key by the
 * configured issuer (docs/editors.md). Reads need no token. Operations that write say
 * {@code @RolesAllowed(Editor.ROLE)}; the token is read only then, so a token sent with a read is never looked at.
 */
@ApplicationScoped
public class Editor {

    public static final String ROLE = "editor";
    /** Characters of the token's subject, stored as the author of what it writes. */
    static final int SUBJECT_LENGTH = 200;

    private final CurrentIdentityAssociation identity;
    /** The leeway smallrye-jwt gives a token's expiry when it reads it, given here too. */
    private final long clockSkewSeconds;

    public Editor(CurrentIdentityAssociation identity,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds) {
        this.identity = identity;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    /**
     * The token's subject, which the revisions it writes record as their author; asked by every operation that
     * writes, so that it is checked at each: a subscription's socket keeps the identity of its upgrade request, and
     * its token's expiry must stop the next mutation sent over it as it stops one sent by HTTP.
     */
    public Uni<String> name() {
        return identity.getDeferredIdentity().map(editor -> {
            if (editor.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0
                    && token.getExpirationTime() + clockSkewSeconds <= System.currentTimeMillis() / 1000) {
                throw new ClientError.NotAllowed("TOKEN_EXPIRED", "The bearer token has expired; get a new one.");
            }
            return subject(editor);
        });
    }

    /**
     * Prepares a plain HTTP request (not GraphQL) so that a refused token becomes a coded error of {@link #require}
     * rather than Quarkus's bare 401; call it before anything reads the identity.
     */
    public static void takeOverRefusals(RoutingContext context) {
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ignored, failure) -> {
        });
    }

    /**
     * For a plain HTTP request that writes: the editor's name, or a coded failure (UNAUTHENTICATED, TOKEN_INVALID,
     * TOKEN_EXPIRED, FORBIDDEN) as GraphQL operations get them.
     */
    public static Uni<String> require(RoutingContext context) {
        Uni<SecurityIdentity> resolved = context.user() instanceof QuarkusHttpUser user
                ? Uni.createFrom().item(user.getSecurityIdentity())
                : QuarkusHttpUser.getSecurityIdentity(context, null);
        return resolved.onFailure().transform(failure -> ErrorMapping.failure(failure, "authentication"))
                .map(editor -> {
                    if (editor == null || editor.isAnonymous()) {
                        throw ErrorMapping.failure(new UnauthorizedException(), "authentication");
                    }
                    if (!editor.hasRole(ROLE)) {
                        throw ErrorMapping.failure(new ForbiddenException(), "authentication");
                    }
                    return subject(editor);
                });
    }

    /** The author a write records, once its subject is known to be fit to be stored. */
    private static String subject(SecurityIdentity editor) {
        String subject = editor.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : editor.getPrincipal().getName();
        String unfit = subject == null ? "is missing" : Bounds.text(subject, SUBJECT_LENGTH, false);
        if (unfit != null) {
            throw new ClientError.NotAllowed("TOKEN_INVALID", "The bearer token's subject, which writes record as their "
                    + "author, " + unfit + "; it must be 1 to " + SUBJECT_LENGTH + " printable characters.");
        }
        return subject;
    }

}
