package io.tradegraph.trade;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.figure.Figure;
import io.tradegraph.market.Market;

@Description("The trade with one market within a province-period, or within one of its commodities.")
public class MarketTrade extends TradeSlice {

    private final Market market;

    MarketTrade(Market market, List<Figure> figures, String commodityCode) {
        super(figures, commodityCode, market.code());
        this.market = market;
    }

    @Description("The market.")
    public @NonNull Market getMarket() {
        return market;
    }
}
