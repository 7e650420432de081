package io.tradegraph.graphql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * A value of the wrong type, said in the type's words: what was sent, as the client wrote it, and what the type
 * takes (an enumeration's values, a number without quotes, a date as YYYY-MM-DD). graphql-java and SmallRye say it
 * with their AST classes and message codes ({@code EnumValue{name='YEARLY'}}, {@code SRGQL000013}), which a
 * frontend developer should never have to decode.
 */
final class WrongValues {

    /** graphql-java's validation of a literal: "argument 'kind' with value 'EnumValue{name='YEARLY'}' is not a valid 'PeriodKind'". */
    private static final Pattern LITERAL = Pattern.compile(
            "argument '([^']*)' with value '(.*)' is not a valid '([^']+)'(?: - .*)?$", Pattern.DOTALL);
    /** Its coercion of a variable: "Variable 'k' has an invalid value: …". */
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']*)' has an invalid value: (.*)$", Pattern.DOTALL);
    private static final Pattern UNKNOWN_ENUM_VALUE = Pattern.compile(
            "Invalid input for enum '([^']+)'\\. No value found for name '(.*)'$", Pattern.DOTALL);
    /** SmallRye's scalars: "SRGQL000013: Expected type [Int] but was [Boolean]." */
    private static final Pattern SCALAR_MISMATCH = Pattern.compile("SRGQL\\d+: Expected type \\[([^\\]]+)\\] but was \\[([^\\]]+)\\]\\.?$");
    /** An AST value as graphql-java prints it: EnumValue{name='X'}, StringValue{value='x'}, IntValue{value=5}. */
    private static final Pattern AST_VALUE = Pattern.compile("^(Enum|String|Boolean|Int|Float|Null|Object|Array)Value\\{(?:name|value)?=?'?(.*?)'?\\}$",
            Pattern.DOTALL);
    private static final Pattern MESSAGE_CODE = Pattern.compile("SRGQL\\d+: ");
    private static final int SHOWN = 40;

    private WrongValues() {
    }

    /** The literal argument of the wrong type a validation message names, said plainly; empty for other messages. */
    static Optional<String> literal(String message, GraphQLSchema schema) {
        Matcher wrong = LITERAL.matcher(message == null ? "" : message);
        if (!wrong.find()) {
            return Optional.empty();
        }
        return Optional.of("The argument '" + wrong.group(1) + "' cannot be " + shown(wrong.group(2)) + ": "
                + expected(wrong.group(3), schema) + ".");
    }

    /** A variable that could not be coerced to its type, said plainly; empty for other messages. */
    static Optional<String> variable(String message, GraphQLSchema schema) {
        Matcher invalid = VARIABLE.matcher(message == null ? "" : message);
        if (!invalid.find()) {
            return Optional.empty();
        }
        String name = invalid.group(1);
        String reason = invalid.group(2);
        Matcher unknown = UNKNOWN_ENUM_VALUE.matcher(reason);
        if (unknown.find()) {
            return Optional.of("The variable $" + name + " cannot be \"" + abbreviated(unknown.group(2)) + "\": "
                    + expected(unknown.group(1), schema) + ".");
        }
        Matcher mismatch = SCALAR_MISMATCH.matcher(reason);
        if (mismatch.find()) {
            return Optional.of("The variable $" + name + " cannot be " + json(mismatch.group(2)) + ": "
                    + expected(mismatch.group(1), schema) + ".");
        }
        return Optional.of("The variable $" + name + " has an invalid value: " + MESSAGE_CODE.matcher(
                ErrorMapping.clean(reason)).replaceAll(""));
    }

    /** What a type takes, in its own words. */
    static String expected(String typeName, GraphQLSchema schema) {
        GraphQLType type = schema == null ? null : schema.getType(typeName);
        if (type instanceof GraphQLEnumType enumeration) {
            return "a " + typeName + " is one of " + enumeration.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                    .collect(Collectors.joining(", "));
        }
        if (type instanceof GraphQLInputObjectType) {
            return "a " + typeName + " is an object of the fields the schema lists for it";
        }
        return switch (typeName) {
            case "Int" -> "an Int is a whole number from -2147483648 to 2147483647, written without quotes";
            case "BigDecimal", "BigInteger", "Float", "Long" -> "a " + typeName + " is a number, written without quotes";
            case "Boolean" -> "a Boolean is true or false";
            case "String", "ID" -> "a " + typeName + " is written in quotes";
            case "Date" -> "a Date is written \"YYYY-MM-DD\"";
            case "DateTime" -> "a DateTime is an ISO 8601 instant with its offset, e.g. \"2025-10-01T00:00:00Z\"";
            default -> "see the schema for the values a " + typeName + " takes";
        };
    }

    /** An AST value as the client wrote it: YEARLY, "ten", true, 2.5. */
    private static String shown(String astValue) {
        Matcher value = AST_VALUE.matcher(astValue);
        if (!value.matches()) {
            return abbreviated(astValue);
        }
        return switch (value.group(1)) {
            case "String" -> "\"" + abbreviated(value.group(2)) + "\"";
            case "Object" -> "an object";
            case "Array" -> "a list";
            case "Null" -> "null";
            default -> abbreviated(value.group(2));
        };
    }

    private static String json(String javaType) {
        return switch (javaType) {
            case "Boolean" -> "true or false";
            case "String" -> "a string";
            case "Integer", "Long", "Double", "Float", "BigDecimal", "BigInteger" -> "a number";
            default -> "a value of another type";
        };
    }

    private static String abbreviated(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
