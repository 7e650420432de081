package io.tradegraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Analysts who open GraphiQL where Quarkus puts it, /q/graphql-ui, get tradegraph's own (/graphiql.html: the
 * service's title, its examples as tabs). A link that carries a query (?query=…) still opens SmallRye's page, which
 * reads it; ours serves from SmallRye's scripts either way.
 */
@ApplicationScoped
class GraphiqlPage {

    static final String PATH = "/graphiql.html";

    void register(@Observes Router router) {
        router.get("/q/graphql-ui/").order(-1).handler(context -> {
            if (context.request().query() == null) {
                context.redirect(PATH);
            } else {
                context.next();
            }
        });
    }
}
