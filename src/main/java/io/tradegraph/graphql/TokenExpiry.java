package io.tradegraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Tells Quarkus when an editor's identity expires: the attribute {@value #EXPIRE_TIME} (seconds since the epoch),
 * which Quarkus's GraphQL WebSocket handler reads to close a socket, with 1008 "Authentication expired", when the
 * token it was opened or initialised with expires. OIDC sets it; smallrye-jwt does not, so without this a socket
 * opened with a token went on writing after its expiry. Writes check the expiry themselves as well ({@link Editor}).
 */
@ApplicationScoped
public class TokenExpiry implements SecurityIdentityAugmentor {

    static final String EXPIRE_TIME = "quarkus.identity.expire-time";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0
                && identity.getAttribute(EXPIRE_TIME) == null) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(EXPIRE_TIME, token.getExpirationTime()).build());
        }
        return Uni.createFrom().item(identity);
    }
}
