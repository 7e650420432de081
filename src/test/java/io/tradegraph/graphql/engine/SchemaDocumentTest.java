package io.tradegraph.graphql.engine;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;

/** The served SDL is what code generators and buildSchema read: it must build a schema on its own. */
@QuarkusTest
class SchemaDocumentTest {

    @Test
    void theServedSdlBuildsASchemaWithItsScalarsAndTheirSpecifications() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();

        GraphQLSchema built = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));

        assertTrue(built.getType("BigDecimal") instanceof GraphQLScalarType, "BigDecimal is declared");
        GraphQLScalarType date = (GraphQLScalarType) built.getType("Date");
        assertEquals(SchemaDocument.SPECIFICATIONS.get("Date"), date.getSpecifiedByUrl());
        assertTrue(built.getQueryType().getFieldDefinition("provinces") != null, "the queries are there");
    }
}
