package io.tradegraph.trade;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.FigureRepository;
import io.tradegraph.figure.Flow;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.graphql.Resolver;
import io.tradegraph.period.PeriodKind;
import io.tradegraph.province.Province;

/**
 * The traversal Province → Period → Commodity → Market. One statement loads the figures of every province in the
 * batch; the levels below are cut from those figures in memory.
 */
@GraphQLApi
public class TradeApi {

    private final FigureRepository figures;

    public TradeApi(FigureRepository figures) {
        this.figures = figures;
    }

    @Name("periods")
    @Description("The periods for which articles state figures about this area, in chronological order, each with "
            + "its trade.")
    @Resolver
    public Uni<List<@NonNull List<@NonNull ProvincePeriod>>> periods(@Source List<Province> provinces,
            @Name("kind") @Description("Only periods of this kind.") PeriodKind kind,
            @Name("from") @Description("Only periods that start on or after this day.") LocalDate from,
            @Name("to") @Description("Only periods that end on or before this day.") LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ClientError.InvalidDateRange(from, to);
        }
        List<String> codes = provinces.stream().map(Province::code).toList();
        return figures.forAreas(codes, kind, from, to).map(rows -> {
            Map<String, Map<String, List<Figure>>> byAreaAndPeriod = rows.stream().map(Figure::from)
                    .collect(Collectors.groupingBy(f -> f.province().code(), Collectors.groupingBy(f -> f.period().code(),
                            LinkedHashMap::new, Collectors.toList())));
            return provinces.stream()
                    .map(province -> byAreaAndPeriod.getOrDefault(province.code(), Map.of()).values().stream()
                            .map(periodFigures -> new ProvincePeriod(province, periodFigures.get(0).period(), periodFigures))
                            .toList())
                    .toList();
        });
    }

    @Name("commodities")
    @Description("The commodities articles state figures about in this province-period. With a flow, only "
            + "commodities with a figure of that flow, largest amount first; without, in code order.")
    public @NonNull List<@NonNull CommodityTrade> commodities(@Source ProvincePeriod provincePeriod,
            @Name("flow") @Description("Only commodities with a figure of this flow.") Flow flow) {
        return provincePeriod.commodities(flow);
    }

    @Name("markets")
    @Description("The markets articles state figures about in this province-period, ordered like 'commodities'.")
    public @NonNull List<@NonNull MarketTrade> markets(@Source ProvincePeriod provincePeriod,
            @Name("flow") @Description("Only markets with a figure of this flow.") Flow flow) {
        return provincePeriod.markets(flow);
    }

    @Name("markets")
    @Description("The markets articles state figures about for this commodity, ordered like 'commodities'.")
    public @NonNull List<@NonNull MarketTrade> commodityMarkets(@Source CommodityTrade commodityTrade,
            @Name("flow") @Description("Only markets with a figure of this flow.") Flow flow) {
        return commodityTrade.markets(flow);
    }
}
