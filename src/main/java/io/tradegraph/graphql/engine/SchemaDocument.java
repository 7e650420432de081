package io.tradegraph.graphql.engine;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.tradegraph.graphql.engine.GraphQLEndpoint;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * The schema as SDL at {@code /graphql/schema.graphql}, for code generators and {@code buildSchema}: with every
 * scalar declared, and {@code @specifiedBy} on those a specification defines.
 * <p>
 * Why not SmallRye's own printer: it prints no applied directives unless it prints all of them, and SmallRye's
 * scalars carry no specification URL.
 */
@ApplicationScoped
public class SchemaDocument {

    static final String PATH = GraphQLEndpoint.PATH + "/schema.graphql";
    /** Scalars with a published specification: SmallRye's Date is RFC 3339's full-date (2024-12-31). */
    static final Map<String, String> SPECIFICATIONS = Map.of("Date", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6");
    /** Before SmallRye's schema route, like the endpoint. */
    private static final int ORDER = -150;

    private final Instance<GraphQLSchema> schema;
    private volatile String document;

    public SchemaDocument(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    void register(@Observes Router router) {
        router.route(PATH).order(ORDER).handler(context -> {
            if (context.request().method() != HttpMethod.GET && context.request().method() != HttpMethod.HEAD) {
                context.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD").setStatusCode(405).end();
                return;
            }
            context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(document());
        });
    }

    /**
     * Printed once: the schema does not change while the service runs. The specifications go onto a copy built from
     * the printed schema, never onto the schema being executed (graphql-java's SchemaTransformer replaces types in
     * the schema it walks, and the engine would then see two different types of one name).
     */
    String document() {
        String printed = document;
        if (printed == null) {
            GraphQLSchema copy = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(print(schema.get())));
            printed = print(specified(copy));
            document = printed;
        }
        return printed;
    }

    static GraphQLSchema specified(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                String url = SPECIFICATIONS.get(scalar.getName());
                if (url == null || scalar.getAppliedDirective("specifiedBy") != null) {
                    return TraversalControl.CONTINUE;
                }
                GraphQLAppliedDirective specifiedBy = GraphQLAppliedDirective.newDirective().name("specifiedBy")
                        .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url").type(Scalars.GraphQLString)
                                .valueProgrammatic(url).build())
                        .build();
                return changeNode(context, scalar.transform(builder -> builder.specifiedByUrl(url)
                        .withAppliedDirective(specifiedBy)));
            }
        });
    }

    static String print(GraphQLSchema schema) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .descriptionsAsHashComments(false)
                .includeScalarTypes(true)
                .includeSchemaDefinition(false)
                .includeIntrospectionTypes(false)
                .includeDirectives(name -> name.equals("specifiedBy"))
                .useAstDefinitions(false))
                .print(schema);
    }
}
