package io.tradegraph.trade;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.reference.Commodity;

@Description("The trade of one commodity within a province-period.")
public class CommodityTrade extends TradeSlice {

    private final Commodity commodity;
    private final ProvincePeriod provincePeriod;

    CommodityTrade(Commodity commodity, List<Figure> figures, ProvincePeriod provincePeriod) {
        super(figures, commodity.code(), null, null);
        this.commodity = commodity;
        this.provincePeriod = provincePeriod;
    }

    @Description("The commodity.")
    @Loads({})
    public @NonNull Commodity getCommodity() {
        return commodity;
    }

    @Override
    ProvincePeriod root() {
        return provincePeriod;
    }

    @Override
    Optional<Whole> whole() {
        return provincePeriod.asWhole();
    }
}
