package io.tradegraph.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tradegraph.core.ClientError;

/**
 * One consistent copy of the reference data, each list in its natural order (areas, commodities, markets and sources
 * by code, periods chronologically), with indexes by code and by key, and which periods each area has figures for.
 * Immutable: a new copy replaces it whole.
 */
public record Snapshot(List<Province> areas, List<Period> periods, List<Commodity> commodities, List<Market> markets,
        List<Scope> scopes, List<Source> sources, Map<String, Province> areaByCode, Map<String, Period> periodByCode,
        Map<String, Commodity> commodityByCode, Map<String, Market> marketByCode, Map<String, Scope> scopeByCode,
        Map<String, Source> sourceByCode,
        Map<String, List<Province>> membersBySuccessor, Map<String, List<Period>> periodsByArea, Shape shape,
        Map<String, Shape> shapeByArea, Map<String, Keyed<?>> keyed) {

    /**
     * One table's records by their integer keys (V12), which a figure's row names them by, and their codes: lists
     * indexed by key, null where no record has one. A look-up by position, where a code is a string to decode and hash.
     */
    public record Keyed<R>(List<R> records, List<String> codes) {

        /** The record with this key, or null when this snapshot knows none by it (one written since it was read). */
        public R record(int key) {
            return key >= 0 && key < records.size() ? records.get(key) : null;
        }

        /** The code of the record with this key, or null as for {@link #record}. */
        public String code(int key) {
            return key >= 0 && key < codes.size() ? codes.get(key) : null;
        }

        @SuppressWarnings("unchecked")
        static <R> Keyed<R> of(Map<Integer, String> codesByKey, Map<String, R> byCode) {
            int size = codesByKey.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            Object[] records = new Object[size];
            String[] codes = new String[size];
            codesByKey.forEach((key, code) -> {
                records[key] = byCode.get(code);
                codes[key] = code;
            });
            return new Keyed<>(java.util.Collections.unmodifiableList(java.util.Arrays.asList((R[]) records)),
                    java.util.Collections.unmodifiableList(java.util.Arrays.asList(codes)));
        }
    }

    /**
     * The most that any one list of the traversal holds in the stored figures: periods of one area, commodities,
     * markets, scopes and figures of one area and period. True upper bounds, so the cost model can be tight without being wrong.
     */
    public record Shape(int periodsPerArea, int commoditiesPerPeriod, int marketsPerPeriod, int scopesPerPeriod,
            int figuresPerPeriod) {

        public static final Shape EMPTY = new Shape(0, 0, 0, 0, 0);

        /** The larger of each, or (summed) the lists of two areas read as one. */
        public Shape max(Shape other) {
            return new Shape(Math.max(periodsPerArea, other.periodsPerArea), Math.max(commoditiesPerPeriod,
                    other.commoditiesPerPeriod), Math.max(marketsPerPeriod, other.marketsPerPeriod),
                    Math.max(scopesPerPeriod, other.scopesPerPeriod), Math.max(figuresPerPeriod, other.figuresPerPeriod));
        }

        public Shape plus(Shape other) {
            return new Shape(periodsPerArea + other.periodsPerArea, commoditiesPerPeriod + other.commoditiesPerPeriod,
                    marketsPerPeriod + other.marketsPerPeriod, scopesPerPeriod + other.scopesPerPeriod,
                    figuresPerPeriod + other.figuresPerPeriod);
        }
    }

    /**
     * The most one area's lists hold: its own data and, rebuilt on the 34 provinces, the data of the units it was
     * formed from, added up (a bound however they combine).
     */
    public Shape shapeOf(String areaCode) {
        Shape shape = shapeByArea.getOrDefault(areaCode, Shape.EMPTY);
        for (Province member : membersOf(areaCode)) {
            shape = shape.plus(shapeByArea.getOrDefault(member.code(), Shape.EMPTY));
        }
        return shape;
    }

    /**
     * @param periodsByArea the periods each area has figures for, chronologically
     * @param shapeByArea the most each area's lists hold; the largest of them is {@code shape}
     */
    public Snapshot(List<Province> areas, List<Period> periods, List<Commodity> commodities, List<Market> markets,
            List<Scope> scopes, List<Source> sources, Map<String, List<Period>> periodsByArea, Map<String, Shape> shapeByArea,
            Map<String, Map<Integer, String>> codesByKey) {
        this(List.copyOf(areas), List.copyOf(periods), List.copyOf(commodities), List.copyOf(markets), List.copyOf(scopes),
                List.copyOf(sources), byCode(areas, Province::code), byCode(periods, Period::code),
                byCode(commodities, Commodity::code), byCode(markets, Market::code), byCode(scopes, Scope::code),
                byCode(sources, Source::code),
                areas.stream().filter(a -> a.successorCode() != null).collect(Collectors.toUnmodifiableMap(
                        Province::successorCode, List::of, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList())),
                Map.copyOf(periodsByArea), shapeByArea.values().stream().reduce(Shape.EMPTY, Shape::max),
                Map.copyOf(shapeByArea), Map.of(
                        "area", Keyed.of(codesByKey.getOrDefault("area", Map.of()), byCode(areas, Province::code)),
                        "period", Keyed.of(codesByKey.getOrDefault("period", Map.of()), byCode(periods, Period::code)),
                        "commodity", Keyed.of(codesByKey.getOrDefault("commodity", Map.of()), byCode(commodities, Commodity::code)),
                        "market", Keyed.of(codesByKey.getOrDefault("market", Map.of()), byCode(markets, Market::code)),
                        "scope", Keyed.of(codesByKey.getOrDefault("scope", Map.of()), byCode(scopes, Scope::code)),
                        "source", Keyed.of(codesByKey.getOrDefault("source", Map.of()), byCode(sources, Source::code))));
    }

    /** The records of a table that figures name (FigureInput's {@code @Column(references)}), by key. */
    public Keyed<?> keyed(String table) {
        Keyed<?> found = keyed.get(table);
        if (found == null) {
            throw new IllegalArgumentException("No reference table " + table);
        }
        return found;
    }

    /** The periods this area has figures for (of any scope), chronologically. */
    public List<Period> periodsOf(String areaCode) {
        return periodsByArea.getOrDefault(areaCode, List.of());
    }

    /** The area with this code, or an UNKNOWN_CODE error that tells the client where codes are listed. */
    public Province area(String code) {
        return known("province", code, areaByCode, "Codes are ISO 3166-2:VN for units that existed before 1 July 2025 "
                + "(e.g. VN-57), VN2025-<national code> for units created that day (e.g. VN2025-24) and VN for the "
                + "nation; the 'provinces' query lists them.");
    }

    /** The units that merged into this one on 1 July 2025, in code order; empty for any other unit. */
    public List<Province> membersOf(String code) {
        return membersBySuccessor.getOrDefault(code, List.of());
    }

    /** The most units any one unit was formed from: how long a 'members' list can be. */
    public int largestMerger() {
        return membersBySuccessor.values().stream().mapToInt(List::size).max().orElse(0);
    }

    /**
     * The first code of a filter that names nothing known, as an UNKNOWN_CODE error: a filter that matches nothing
     * because of a typo should say so.
     */
    public Optional<ClientError.UnknownCode> unknownCode(String area, String commodity, String market, String source) {
        return unknownCode(area, commodity, market, null, source);
    }

    /** The same, with a scope. */
    public Optional<ClientError.UnknownCode> unknownCode(String area, String commodity, String market, String scope,
            String source) {
        return firstUnknown("area", area, areaByCode, "see the 'provinces' query")
                .or(() -> firstUnknown("commodity", commodity, commodityByCode, "see the 'commodities' query"))
                .or(() -> firstUnknown("market", market, marketByCode, "see the 'markets' query"))
                .or(() -> firstUnknown("scope", scope, scopeByCode, "see the 'scopes' query"))
                .or(() -> firstUnknown("source", source, sourceByCode, "see the 'sources' query"));
    }

    /** Checks a commodity or market code a client named, for the same error as everywhere else. */
    public void requireKnown(String commodity, String market) {
        unknownCode(null, commodity, market, null).ifPresent(error -> {
            throw error;
        });
    }

    private static Optional<ClientError.UnknownCode> firstUnknown(String kind, String code, Map<String, ?> known, String hint) {
        return code == null || known.containsKey(code) ? Optional.empty()
                : Optional.of(new ClientError.UnknownCode(kind, code, "Codes are case-sensitive; " + hint + "."));
    }

    private static <T> T known(String kind, String code, Map<String, T> known, String hint) {
        T found = known.get(code);
        if (found == null) {
            throw new ClientError.UnknownCode(kind, code, hint);
        }
        return found;
    }

    private static <T> Map<String, T> byCode(List<T> records, Function<T, String> code) {
        return records.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
    }
}
