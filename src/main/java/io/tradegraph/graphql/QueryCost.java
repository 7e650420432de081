package io.tradegraph.graphql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.tradegraph.core.PageRequest;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Snapshot;
import io.tradegraph.reference.Snapshot.Shape;
import io.tradegraph.trade.SeriesLength;

/**
 * The cost model: a field costs one plus what it selects, and a list field multiplies that by how long the list
 * can be. Lengths come from the arguments where they say (a connection's {@code first}, a top-N, a series' span),
 * and otherwise from the catalog, which knows how many periods, commodities, markets and figures any one area and
 * period has, and how many members a merged unit has; lists the model knows nothing about count {@link #UNKNOWN_LENGTH}.
 * So the estimate bounds the objects an answer can hold, computed from the document alone, in microseconds.
 * <p>
 * Sums saturate instead of wrapping: a bomb must stay expensive however large it is. Every occurrence of a field
 * counts, fragments expanded where they are spread (graphql-java's own calculator merges equal subtrees of
 * different aliases, so that 100 aliases of one fragment cost as much as one).
 */
final class QueryCost {

    static final int UNKNOWN_LENGTH = 10;
    private static final String NATION = "VN";
    private static final long CEILING = Integer.MAX_VALUE;

    QueryCost() {
    }

    /** The estimated cost of the operation being executed, at most {@link Integer#MAX_VALUE}. */
    int estimate(ExecutionContext execution, Snapshot known) {
        GraphQLSchema schema = execution.getGraphQLSchema();
        GraphQLCompositeType root = execution.getOperationDefinition().getOperation() == graphql.language.OperationDefinition.Operation.QUERY
                ? schema.getQueryType() : schema.getMutationType();
        Walk walk = new Walk(schema, execution.getFragmentsByName(), execution.getCoercedVariables().toMap(), known);
        return (int) walk.cost(execution.getOperationDefinition().getSelectionSet(), root, Map.of(), walk.known().shape());
    }

    private record Walk(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
            Snapshot known) {

        /**
         * @param shape the most the lists below can hold: of every area, or, under a field that names one area
         *              ({@code province(code:)}, {@code nation}), of that area and the units it was formed from
         */
        long cost(SelectionSet selections, GraphQLCompositeType type, Map<String, Object> parentArguments, Shape shape) {
            long total = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total += field(field, type, parentArguments, shape);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    total += cost(fragment.getSelectionSet(), (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()),
                            parentArguments, shape);
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLCompositeType on = inline.getTypeCondition() == null ? type
                            : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName());
                    total += cost(inline.getSelectionSet(), on, parentArguments, shape);
                }
                if (total >= CEILING) {
                    return CEILING;
                }
            }
            return total;
        }

        private long field(Field field, GraphQLCompositeType type, Map<String, Object> parentArguments, Shape shape) {
            GraphQLFieldDefinition definition = type instanceof GraphQLFieldsContainer container
                    ? container.getFieldDefinition(field.getName()) : null;
            if (definition == null) {
                return 1;
            }
            Map<String, Object> arguments = arguments(field, definition);
            long children = 0;
            GraphQLType result = GraphQLTypeUtil.unwrapAll(definition.getType());
            if (field.getSelectionSet() != null && result instanceof GraphQLCompositeType composite) {
                children = cost(field.getSelectionSet(), composite, arguments, shapeBelow(type, field, composite, arguments, shape));
            }
            long own = 1 + children;
            if (GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList) {
                own *= length(type.getName(), field.getName(), arguments, parentArguments, shape);
            }
            return Math.min(own, CEILING);
        }

        private Map<String, Object> arguments(Field field, GraphQLFieldDefinition definition) {
            Map<String, Object> values = new HashMap<>();
            for (GraphQLArgument argument : definition.getArguments()) {
                if (argument.hasSetDefaultValue() && argument.getArgumentDefaultValue().getValue() != null) {
                    Object value = argument.getArgumentDefaultValue().getValue();
                    values.put(argument.getName(), value instanceof Value<?> literal ? literal(literal) : value);
                }
            }
            for (Argument argument : field.getArguments()) {
                values.put(argument.getName(), literal(argument.getValue()));
            }
            return values;
        }

        private Object literal(Value<?> value) {
            if (value instanceof VariableReference reference) {
                return variables.get(reference.getName());
            } else if (value instanceof IntValue number) {
                return number.getValue();
            } else if (value instanceof StringValue text) {
                return text.getValue();
            } else if (value instanceof EnumValue name) {
                return name.getName();
            } else if (value instanceof BooleanValue flag) {
                return flag.isValue();
            } else if (value instanceof ArrayValue) {
                return null;
            }
            return null;
        }

        /**
         * One area's own shape below a field that names it: its lists are as long as its own data makes them, so
         * that a large import about one area does not make every other area's page too expensive.
         */
        private Shape shapeBelow(GraphQLCompositeType type, Field field, GraphQLCompositeType result,
                Map<String, Object> arguments, Shape shape) {
            if (!type.getName().equals("Query")) {
                // Any other way to an area (a successor, a figure's province) may lead to another one: every area's.
                return result.getName().equals("Province") ? known.shape() : shape;
            }
            if (field.getName().equals("nation")) {
                return known.shapeOf(NATION);
            }
            return field.getName().equals("province") && arguments.get("code") instanceof String code
                    && known.areaByCode().containsKey(code) ? known.shapeOf(code) : shape;
        }

        private int length(String parent, String field, Map<String, Object> arguments, Map<String, Object> parentArguments,
                Shape shape) {
            return switch (parent + "." + field) {
                // A connection's edges are as many as its field's 'first' or 'last' asks for, at most a page.
                case "ProvinceConnection.edges" -> pageSize(parentArguments, PageRequest.PROVINCES_BY_DEFAULT);
                case "FigureConnection.edges" -> pageSize(parentArguments, PageRequest.FIGURES_BY_DEFAULT);
                case "Province.periods" -> periods(known, shape, arguments);
                case "Province.series" -> SeriesLength.estimate(known, kind(arguments.get("kind")),
                        date(arguments.get("from")), date(arguments.get("to")));
                case "Province.members" -> known.largestMerger();
                case "ProvincePeriod.commodities" -> topN(arguments, shape.commoditiesPerPeriod());
                case "CommodityTrade.markets", "ProvincePeriod.markets" -> topN(arguments, shape.marketsPerPeriod());
                case "ProvincePeriod.figures" -> shape.figuresPerPeriod();
                case "Query.commodities" -> known.commodities().size();
                case "Query.markets" -> known.markets().size();
                case "Query.scopes" -> known.scopes().size();
                case "ProvincePeriod.scopes" -> shape.scopesPerPeriod();
                case "Market.members" -> known.markets().stream().mapToInt(m -> m.memberCodes().size()).max().orElse(0);
                case "Query.sources" -> known.sources().size();
                case "Query.periods" -> known.periods().size();
                default -> UNKNOWN_LENGTH;
            };
        }
    }

    private static int periods(Snapshot known, Shape shape, Map<String, Object> arguments) {
        PeriodKind kind = kind(arguments.get("kind"));
        LocalDate from = date(arguments.get("from"));
        LocalDate to = date(arguments.get("to"));
        long inRange = known.periods().stream()
                .filter(p -> (kind == null || p.kind() == kind) && (from == null || !p.firstDay().isBefore(from))
                        && (to == null || !p.lastDay().isAfter(to)))
                .count();
        return (int) Math.min(inRange, shape.periodsPerArea());
    }

    private static int pageSize(Map<String, Object> arguments, int byDefault) {
        Object size = arguments.get("first") != null ? arguments.get("first") : arguments.get("last");
        return size instanceof Number number ? Math.max(0, Math.min(number.intValue(), PageRequest.MAX_PAGE_SIZE))
                : byDefault;
    }

    private static int topN(Map<String, Object> arguments, int all) {
        return arguments.get("first") instanceof Number first ? Math.max(0, Math.min(first.intValue(), all)) : all;
    }

    /** Dates as the scalar coerced them; one that does not parse is the resolver's to refuse, not the estimate's. */
    private static LocalDate date(Object argument) {
        if (argument instanceof LocalDate date) {
            return date;
        }
        try {
            return argument == null ? null : LocalDate.parse(argument.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static PeriodKind kind(Object argument) {
        return argument == null ? null : PeriodKind.valueOf(argument.toString());
    }

}
