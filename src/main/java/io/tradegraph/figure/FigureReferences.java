package io.tradegraph.figure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tradegraph.commodity.Commodity;
import io.tradegraph.commodity.CommodityRepository;
import io.tradegraph.graphql.IsolatedSession;
import io.tradegraph.market.Market;
import io.tradegraph.market.MarketRepository;
import io.tradegraph.period.Period;
import io.tradegraph.period.PeriodRepository;
import io.tradegraph.province.AreaRepository;
import io.tradegraph.province.Province;
import io.tradegraph.source.Source;
import io.tradegraph.source.SourceRepository;

/**
 * What figures point to (areas, periods, commodities, markets, sources), read once and kept, so that a figure row
 * carries codes only and every figure of one area shares one record of it.
 * <p>
 * Why a copy may be kept: there are a few hundred of these rows, and nothing changes or removes them; imports only
 * add. So a code the copy does not know means the copy is older than the figure, and it is read again.
 */
@ApplicationScoped
public class FigureReferences {

    /** One consistent copy of the reference tables. */
    public record Snapshot(Map<String, Province> areas, Map<String, Period> periods, Map<String, Commodity> commodities,
            Map<String, Market> markets, Map<String, Source> sources) {
    }

    private final AreaRepository areas;
    private final PeriodRepository periods;
    private final CommodityRepository commodities;
    private final MarketRepository markets;
    private final SourceRepository sources;
    private volatile Snapshot snapshot;

    public FigureReferences(AreaRepository areas, PeriodRepository periods, CommodityRepository commodities,
            MarketRepository markets, SourceRepository sources) {
        this.areas = areas;
        this.periods = periods;
        this.commodities = commodities;
        this.markets = markets;
        this.sources = sources;
    }

    /** The copy in hand, read first if there is none. */
    public Uni<Snapshot> current() {
        Snapshot known = snapshot;
        return known != null ? Uni.createFrom().item(known) : reload();
    }

    /**
     * The copy in hand if it passes the test, read again otherwise: for codes a client names, which may be newer
     * than the copy.
     */
    public Uni<Snapshot> current(Predicate<Snapshot> complete) {
        return current().flatMap(known -> complete.test(known) ? Uni.createFrom().item(known) : reload());
    }

    /** Reads the reference tables again: five statements, one after the other, in a short session of their own. */
    public Uni<Snapshot> reload() {
        return IsolatedSession.run("references", this::read).invoke(loaded -> snapshot = loaded);
    }

    private Uni<Snapshot> read() {
        var read = new Object() {
            Map<String, Province> areas;
            Map<String, Period> periods;
            Map<String, Commodity> commodities;
            Map<String, Market> markets;
        };
        return areas.listAll().invoke(rows -> read.areas = byCode(rows, Province::from, Province::code))
                .chain(() -> periods.listAll()).invoke(rows -> read.periods = byCode(rows, Period::from, Period::code))
                .chain(() -> commodities.listAll()).invoke(rows -> read.commodities = byCode(rows, Commodity::from, Commodity::code))
                .chain(() -> markets.listAll()).invoke(rows -> read.markets = byCode(rows, Market::from, Market::code))
                .chain(() -> sources.listAll()).map(rows -> new Snapshot(read.areas, read.periods, read.commodities, read.markets,
                        byCode(rows, Source::from, Source::code)));
    }

    private static <E, R> Map<String, R> byCode(List<E> entities, Function<E, R> record, Function<R, String> code) {
        return entities.stream().map(record).collect(Collectors.toUnmodifiableMap(code, Function.identity()));
    }
}
