package io.tradegraph.trade;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.balance.Derived;
import io.tradegraph.figure.Figure;
import io.tradegraph.reference.Period;

@Description("One point of a series: a period and its value. A period no article covers is a gap: its value is null, "
        + "never zero.")
public record SeriesPoint(
        @NonNull @Description("The period.") Period period,
        @Description("The amount; null for a gap.") BigDecimal amount,
        @Description("The figure the amount comes from; null for a gap.") Figure figure,
        @NonNull @Description("Change from the previous point (month on month, quarter on quarter, year on year); "
                + "unknown where either point is a gap.") Derived change) {
}
