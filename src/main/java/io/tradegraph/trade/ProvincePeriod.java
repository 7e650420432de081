package io.tradegraph.trade;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads.Need;
import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.reference.AreaLevel;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.ScopeKind;

@Description("A province (or the nation) in one period: its trade as the articles state it and as computed from it.")
public class ProvincePeriod extends TradeSlice {

    private static final String NATION_NAME = "Việt Nam";

    private final Province province;
    private final Period period;
    private Timeline timeline;
    private Timeline nation;
    private Rebuild rebuild;

    public ProvincePeriod(Province province, Period period, List<Figure> figures) {
        super(figures, null, null, null);
        this.province = province;
        this.period = period;
        this.timeline = new Timeline(province);
    }

    /** Links this period to the other periods of its area and to the nation's, for growth, shares and checks. */
    void placeIn(Timeline own, Timeline nationTimeline) {
        this.timeline = own;
        this.nation = province.level() == AreaLevel.NATION ? null : nationTimeline;
    }

    public void rebuiltAs(Rebuild rebuilt) {
        this.rebuild = rebuilt;
    }

    @Description("The province or nation.")
    @Loads({})
    public @NonNull Province getProvince() {
        return province;
    }

    @Description("The period.")
    @Loads({})
    public @NonNull Period getPeriod() {
        return period;
    }

    @Description("For a province created on 1 July 2025 and queried with geography PROVINCES_2025: this period "
            + "rebuilt from the units that merged into it. Null otherwise.")
    @Loads({})
    public Rebuild getRebuild() {
        return rebuild;
    }

    @Description("Reconciliation of this area and period: stated balances and totals against the flows, claimed "
            + "shares against the values, statements that differ, months against the year to date, sectors against "
            + "the whole, a region's members against the region, stated attainment against plan and outturn.")
    @Loads({ Need.WHOLE, Need.EVERY_KIND, Need.COMMODITY_FIGURES, Need.MARKET_FIGURES, Need.FIGURE_COMPARISONS })
    public @NonNull List<@NonNull Finding> getChecks() {
        return Reconciliation.of(this);
    }

    @Override
    ProvincePeriod root() {
        return this;
    }

    @Override
    Optional<Whole> whole() {
        if (nation == null) {
            return Optional.empty();
        }
        return Optional.of(new Whole(nation.at(period.code()).map(TradeSlice::exactScope).orElse(List.of()), NATION_NAME));
    }

    /** This province-period as the whole its commodities and sectors take their shares of. */
    Optional<Whole> asWhole() {
        return Optional.of(new Whole(exactScope(), province.name()));
    }

    Optional<ProvincePeriod> yearBefore() {
        return timeline.yearBefore(period);
    }

    Timeline timeline() {
        return timeline;
    }

    public List<CommodityTrade> commodities(Flow flow, Integer first) {
        return top(group(wholeTrade(getFigures()), TradeSlice::commodityCode, Figure::commodity, flow,
                (commodity, figures) -> new CommodityTrade(commodity, figures, this)), first);
    }

    /** The sectors and parts of the trade articles state figures for, as slices of their own, ordered like commodities. */
    public List<ScopeTrade> scopes(ScopeKind kind, Flow flow) {
        List<Figure> scoped = getFigures().stream().filter(f -> f.scope() != null && f.commodity() == null
                && f.market() == null && (kind == null || f.scope().kind() == kind)).toList();
        return group(scoped, TradeSlice::scopeCode, Figure::scope, flow, (scope, figures) -> new ScopeTrade(scope, figures, this));
    }
}
