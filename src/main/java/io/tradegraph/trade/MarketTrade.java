package io.tradegraph.trade;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.reference.Market;

@Description("The trade with one market within a province-period, or within one of its commodities.")
public class MarketTrade extends TradeSlice {

    private final Market market;
    private final TradeSlice parent;

    MarketTrade(Market market, List<Figure> figures, String commodityCode, TradeSlice parent) {
        super(figures, commodityCode, market.code(), null);
        this.market = market;
        this.parent = parent;
    }

    @Description("The market.")
    @Loads({})
    public @NonNull Market getMarket() {
        return market;
    }

    @Override
    ProvincePeriod root() {
        return parent.root();
    }

    @Override
    Optional<Whole> whole() {
        String name = parent instanceof CommodityTrade commodity
                ? commodity.getCommodity().nameEn() + " of " + root().getProvince().name()
                : root().getProvince().name();
        return Optional.of(new Whole(parent.exactScope(), name));
    }
}
