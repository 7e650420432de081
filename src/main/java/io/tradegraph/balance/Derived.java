package io.tradegraph.balance;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Quantity;
import io.tradegraph.measure.Status;
import io.tradegraph.measure.Verdict;

@Description("A value computed from stated figures, with how it was made: the formula, the figures it used, the "
        + "interval their written precision and qualifiers allow, and the weakest status among them. Next to it, what "
        + "the articles themselves state for the same value. The computed value is null when an input is unknown: "
        + "missing is not zero.")
@Loads({})
public record Derived(
        @Description("The computed value; null when an input is unknown.") BigDecimal computed,
        @Description("Lowest value the inputs allow, given their precision and qualifiers.") BigDecimal low,
        @Description("Highest value the inputs allow.") BigDecimal high,
        @Description("Unit of the value; null when it is not computed.") MeasureUnit unit,
        @NonNull @Description("How the value is computed, e.g. 'exports − imports'.") String formula,
        @NonNull @Description("The figures the value was made from.") List<@NonNull Figure> inputs,
        @Description("The least final status among the inputs: a value built on an estimate is an estimate.") Status status,
        @Description("The qualifier the result deserves: exact only when every input is exact, otherwise about, "
                + "nearly or more than as its interval lies around, below or above the value.") Qualifier qualifier,
        @NonNull @Description("True for values the articles never state but imply, such as the year-earlier value "
                + "behind a growth rate.") boolean inferred,
        @NonNull @Description("True when some parts are missing, as in a merged province rebuilt without all its "
                + "members; the value then covers only the parts present.") boolean partial,
        @Description("What the reader should know, e.g. which parts are missing.") String note,
        @NonNull @Description("What the articles themselves state for this value, each compared with the computed one.")
        List<@NonNull StatedValue> stated) {

    @Description("A number an article states for a value that can also be computed, and how the two compare.")
    @Loads({})
    public record StatedValue(
            @NonNull @Description("The figure that states it.") Figure figure,
            @NonNull @Description("The stated number (an amount, or a share in percent).") BigDecimal value,
            @Description("Stated − computed; null when the computed value is unknown.") BigDecimal difference,
            @NonNull @Description("Whether the two agree, given precision and qualifiers.") Verdict verdict) {
    }

    public static Derived of(Quantity quantity, MeasureUnit unit, String formula, List<Figure> inputs, boolean inferred,
            boolean partial, String note, List<StatedValue> stated) {
        return new Derived(quantity.value(), quantity.low(), quantity.high(), unit, formula, inputs, weakest(inputs),
                quantity.qualifier(), inferred, partial, note, stated);
    }

    public static Derived unknown(String formula, List<Figure> inputs, String note, List<StatedValue> stated) {
        return new Derived(null, null, null, null, formula, inputs, weakest(inputs), null, false, false, note, stated);
    }

    // A loop: a derived value is built for every slice a query lists.
    private static Status weakest(List<Figure> inputs) {
        Status weakest = null;
        for (Figure input : inputs) {
            weakest = Status.weaker(weakest, input.status());
        }
        return weakest;
    }
}
