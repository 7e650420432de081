package io.tradegraph.trade;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.commodity.Commodity;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;

@Description("The trade of one commodity within a province-period.")
public class CommodityTrade extends TradeSlice {

    private final Commodity commodity;

    CommodityTrade(Commodity commodity, List<Figure> figures) {
        super(figures, commodity.code(), null);
        this.commodity = commodity;
    }

    @Description("The commodity.")
    public @NonNull Commodity getCommodity() {
        return commodity;
    }

    List<MarketTrade> markets(Flow flow) {
        return markets(commodity.code(), flow);
    }
}
