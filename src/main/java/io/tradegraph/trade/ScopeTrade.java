package io.tradegraph.trade;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.reference.Scope;

@Description("The trade of one sector or part (the foreign-invested sector, the trade excluding crude oil) within a "
        + "province-period: its figures, computed fields and share of the area's whole trade.")
public class ScopeTrade extends TradeSlice {

    private final Scope scope;
    private final ProvincePeriod provincePeriod;

    ScopeTrade(Scope scope, List<Figure> figures, ProvincePeriod provincePeriod) {
        super(figures, null, null, scope.code());
        this.scope = scope;
        this.provincePeriod = provincePeriod;
    }

    @Description("The sector or part.")
    @Loads({})
    public @NonNull Scope getScope() {
        return scope;
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
