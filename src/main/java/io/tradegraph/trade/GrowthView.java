package io.tradegraph.trade;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.balance.Derived;
import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;

@Description("Growth of a flow: as the article reports it, as computed from the same kind of period a year earlier, "
        + "and the year-earlier value the reported growth implies.")
@Loads({})
public record GrowthView(
        @Description("The growth the article reports with the headline figure; null when it reports none.") Figure.Growth reported,
        @NonNull @Description("Growth computed from this period's and the year-earlier period's values, where both are "
                + "stated, next to the reported growth.") Derived computed,
        @Description("The value a year earlier implied by the reported growth: inferred, never stated; null without a "
                + "reported year-on-year growth.") Derived impliedYearEarlier) {
}
