package io.tradegraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Who may write: the holder of a bearer JWT with the role {@value #ROLE}, signed with the configured key by the
 * configured issuer (README, "Editors"). Reads need no token. Operations that write say
 * {@code @RolesAllowed(Editor.ROLE)}; the token is read only then, so a token sent with a read is never looked at.
 */
@ApplicationScoped
public class Editor {

    public static final String ROLE = "editor";

    private final CurrentIdentityAssociation identity;

    public Editor(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    /** The token's subject, which the revisions it writes record as their author. */
    public Uni<String> name() {
        return identity.getDeferredIdentity().map(editor -> editor.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null ? token.getSubject() : editor.getPrincipal().getName());
    }
}
