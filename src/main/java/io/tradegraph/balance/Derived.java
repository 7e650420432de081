package io.tradegraph.balance;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.figure.Figure;
import io.tradegraph.figure.MeasureUnit;

@Description("A value computed from stated figures, next to what the articles state for it, so that both can be "
        + "compared. The computed value is null unless every input is known: missing is not zero.")
public record Derived(
        @Description("The computed value, exact; null when an input is unknown.") BigDecimal computed,
        @Description("Unit of the computed value; null when it is not computed.") MeasureUnit unit,
        @NonNull @Description("How the value is computed, e.g. 'exports − imports'.") String formula,
        @NonNull @Description("The figures the computed value was made from.") List<@NonNull Figure> inputs,
        @NonNull @Description("What the articles themselves state for this value, each with its difference from the "
                + "computed value.") List<@NonNull StatedValue> stated) {

    @Description("A figure an article states for a value that can also be computed.")
    public record StatedValue(
            @NonNull @Description("The stated figure.") Figure figure,
            @Description("Stated amount − computed value; null when either is unknown.") BigDecimal difference) {
    }
}
