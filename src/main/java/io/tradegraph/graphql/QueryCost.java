package io.tradegraph.graphql;

import java.time.LocalDate;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.catalog.Snapshot;
import io.tradegraph.period.PeriodKind;
import io.tradegraph.trade.SeriesLength;

/**
 * The cost model: a field costs one plus what it selects, and a list field multiplies that by how long the list
 * can be. Lengths come from the arguments where they say (a connection's {@code first}, a top-N, a series' span),
 * and otherwise from the catalog, which knows how many periods, commodities and markets any one area and period
 * has, and how many members a merged unit has; lists the model knows nothing about count {@link #UNKNOWN_LENGTH}.
 * So the estimate bounds the objects an answer can hold, computed from the document alone, in microseconds.
 * <p>
 * Sums saturate instead of wrapping: a bomb must stay expensive however large it is.
 */
final class QueryCost implements FieldComplexityCalculator {

    static final int UNKNOWN_LENGTH = 10;
    private static final int CEILING = Integer.MAX_VALUE / 2;

    private final Catalog catalog;

    QueryCost(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        int own = saturated(1L + childComplexity);
        if (!(GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()) instanceof GraphQLList)) {
            return own;
        }
        return saturated((long) length(environment) * own);
    }

    private int length(FieldComplexityEnvironment environment) {
        Map<String, Object> arguments = environment.getArguments();
        String parent = environment.getParentType().getName();
        String field = environment.getFieldDefinition().getName();
        Snapshot known = catalog.current();
        return switch (parent + "." + field) {
            // A connection's edges are as many as its field's 'first' asks for.
            case "ProvinceConnection.edges", "FigureConnection.edges" -> first(environment.getParentEnvironment().getArguments());
            case "Province.periods" -> periods(known, arguments);
            case "Province.series" -> SeriesLength.estimate(known, kind(arguments.get("kind")),
                    date(arguments.get("from")), date(arguments.get("to")));
            case "Province.members" -> known.largestMerger();
            case "ProvincePeriod.commodities" -> topN(arguments, known.shape().commoditiesPerPeriod());
            case "CommodityTrade.markets", "ProvincePeriod.markets" -> topN(arguments, known.shape().marketsPerPeriod());
            case "Query.commodities" -> known.commodities().size();
            case "Query.markets" -> known.markets().size();
            case "Query.sources" -> known.sources().size();
            case "Query.periods" -> known.periods().size();
            default -> UNKNOWN_LENGTH;
        };
    }

    private static int periods(Snapshot known, Map<String, Object> arguments) {
        PeriodKind kind = kind(arguments.get("kind"));
        LocalDate from = date(arguments.get("from"));
        LocalDate to = date(arguments.get("to"));
        long inRange = known.periods().stream()
                .filter(p -> (kind == null || p.kind() == kind) && (from == null || !p.firstDay().isBefore(from))
                        && (to == null || !p.lastDay().isAfter(to)))
                .count();
        return (int) Math.min(inRange, known.shape().periodsPerArea());
    }

    private static int first(Map<String, Object> arguments) {
        return arguments.get("first") instanceof Integer first ? Math.max(first, 0) : UNKNOWN_LENGTH;
    }

    private static int topN(Map<String, Object> arguments, int all) {
        return arguments.get("first") instanceof Integer first ? Math.max(0, Math.min(first, all)) : all;
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

    private static int saturated(long value) {
        return (int) Math.min(value, CEILING);
    }
}
