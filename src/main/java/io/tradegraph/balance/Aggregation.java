package io.tradegraph.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.tradegraph.core.ClientError;
import io.tradegraph.figure.Figure;
import io.tradegraph.reference.Commodity;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.Scope;

/**
 * Groups figures and adds their amounts exactly, refusing what cannot be added: different units, different
 * statuses, different flows, or two figures that count the same trade twice (overlapping periods of one area,
 * or a total next to one of its parts).
 */
public final class Aggregation {

    private static final String NATION = "VN";

    private Aggregation() {
    }

    public static List<FigureGroup> of(List<Figure> figures, Set<GroupKey> keys) {
        Map<List<Object>, List<Figure>> groups = figures.stream().filter(f -> f.amount() != null)
                .collect(Collectors.groupingBy(f -> key(f, keys), LinkedHashMap::new, Collectors.toList()));
        List<FigureGroup> result = new ArrayList<>();
        groups.values().forEach(group -> {
            refuseWhatCannotBeAdded(group, keys);
            Figure any = group.get(0);
            result.add(new FigureGroup(
                    keys.contains(GroupKey.AREA) ? any.province() : null,
                    keys.contains(GroupKey.PERIOD) ? any.period() : null,
                    keys.contains(GroupKey.FLOW) ? any.flow() : null,
                    keys.contains(GroupKey.COMMODITY) ? any.commodity() : null,
                    keys.contains(GroupKey.MARKET) ? any.market() : null,
                    keys.contains(GroupKey.COMMODITY) ? any.commodity() == null : null,
                    group.size(), TradeArithmetic.sum(group), group.stream().map(Figure::code).toList()));
        });
        return result;
    }

    private static List<Object> key(Figure f, Set<GroupKey> keys) {
        List<Object> key = new ArrayList<>();
        key.add(keys.contains(GroupKey.AREA) ? f.province().code() : null);
        key.add(keys.contains(GroupKey.PERIOD) ? f.period().code() : null);
        key.add(keys.contains(GroupKey.FLOW) ? f.flow() : null);
        key.add(keys.contains(GroupKey.COMMODITY) ? code(f.commodity()) : null);
        key.add(keys.contains(GroupKey.MARKET) ? code(f.market()) : null);
        return key;
    }

    private static void refuseWhatCannotBeAdded(List<Figure> group, Set<GroupKey> keys) {
        Figure first = group.get(0);
        for (Figure other : group) {
            if (other.unit() != first.unit()) {
                throw new ClientError.NotAdditive("Cannot add " + first.code() + " (" + first.unit() + ") to "
                        + other.code() + " (" + other.unit() + "): amounts in different units do not add up. Filter "
                        + "by commodity so that one unit remains.");
            }
            if (other.status() != first.status()) {
                throw new ClientError.NotAdditive("Cannot add " + first.code() + " (" + first.status() + ") to "
                        + other.code() + " (" + other.status() + "): estimates, reported outturns, plans and targets "
                        + "are different things. Filter by status.");
            }
            if (other.flow() != first.flow()) {
                throw new ClientError.NotAdditive("Cannot add " + first.code() + " (" + first.flow() + ") to "
                        + other.code() + " (" + other.flow() + "): different flows do not add up. Group by FLOW or "
                        + "filter by flow.");
            }
        }
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Figure a = group.get(i);
                Figure b = group.get(j);
                if (overlap(a, b)) {
                    throw new ClientError.NotAdditive("Cannot add " + a.code() + " and " + b.code() + ": both count "
                            + "the same trade (" + a.province().name() + " / " + b.province().name() + ", "
                            + a.period().label() + " / " + b.period().label() + ", " + scope(a) + " / " + scope(b)
                            + "), so their sum would count it twice. " + remedy(a, b, keys));
                }
            }
        }
    }

    /** The grouping key that would put the two figures apart, or else a narrower filter. */
    private static String remedy(Figure a, Figure b, Set<GroupKey> keys) {
        if (!keys.contains(GroupKey.AREA) && !a.province().code().equals(b.province().code())) {
            return "Group by AREA, or leave the nation out of the filter.";
        }
        if (!keys.contains(GroupKey.PERIOD) && !a.period().code().equals(b.period().code())) {
            return "Group by PERIOD, or filter by period kind.";
        }
        if (!keys.contains(GroupKey.COMMODITY) && !Objects.equals(code(a.commodity()), code(b.commodity()))) {
            return "Group by COMMODITY.";
        }
        if (!keys.contains(GroupKey.MARKET) && !Objects.equals(code(a.market()), code(b.market()))) {
            return "Group by MARKET.";
        }
        if (a.scope() != b.scope()) {
            return "Filter by scope, or with wholeTrade: true for the area's whole trade only.";
        }
        return "Narrow the filter to one of them.";
    }

    /**
     * Same trade counted twice: periods that overlap, areas that are the same or one is the nation, and commodities,
     * markets and scopes that overlap (one within the other, such as a region and its members, or a sector and the
     * whole).
     */
    private static boolean overlap(Figure a, Figure b) {
        boolean periods = !a.period().firstDay().isAfter(b.period().lastDay())
                && !b.period().firstDay().isAfter(a.period().lastDay());
        boolean areas = a.province().code().equals(b.province().code())
                || a.province().code().equals(NATION) || b.province().code().equals(NATION);
        return periods && areas && Commodity.overlap(a.commodity(), b.commodity()) && Market.overlap(a.market(), b.market())
                && Scope.overlap(a.scope(), b.scope());
    }

    private static String scope(Figure f) {
        return (f.commodity() == null ? "all commodities" : f.commodity().nameEn())
                + (f.market() == null ? "" : " to " + f.market().nameEn())
                + (f.scope() == null ? "" : ", " + f.scope().nameEn());
    }

    private static String code(Object codeHolder) {
        if (codeHolder instanceof Commodity c) {
            return c.code();
        }
        if (codeHolder instanceof Market m) {
            return m.code();
        }
        return null;
    }
}
