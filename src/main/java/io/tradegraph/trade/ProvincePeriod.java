package io.tradegraph.trade;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.period.Period;
import io.tradegraph.province.Province;

@Description("A province (or the nation) in one period: its trade as the articles state it and as computed from it.")
public class ProvincePeriod extends TradeSlice {

    private final Province province;
    private final Period period;

    ProvincePeriod(Province province, Period period, List<Figure> figures) {
        super(figures, null, null);
        this.province = province;
        this.period = period;
    }

    @Description("The province or nation.")
    public @NonNull Province getProvince() {
        return province;
    }

    @Description("The period.")
    public @NonNull Period getPeriod() {
        return period;
    }

    List<CommodityTrade> commodities(Flow flow) {
        return group(getFigures(), TradeSlice::commodityCode, Figure::commodity, flow, CommodityTrade::new);
    }

    List<MarketTrade> markets(Flow flow) {
        return markets(null, flow);
    }
}
