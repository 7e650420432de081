package io.tradegraph.trade;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.balance.Derived;
import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;

@Description("A plan or target turned into an absolute range, and how the outturn compares with it.")
@Loads({})
public record Target(
        @NonNull @Description("The plan or target as the article states it, e.g. exports up 9–10%.") Figure figure,
        @Description("The outturn of the year-earlier period that a growth target builds on.") Figure base,
        @NonNull @Description("The target in absolute terms: base × (1 + growth / 100) for a growth target, the stated "
                + "amount otherwise; 'high' is null for an open-ended target ('trên 20 tỷ').") Derived range,
        @Description("The outturn for the same period and scope, once an article states it.") Figure outturn,
        @NonNull @Description("Whether the outturn reached the target.") Attainment attainment,
        @NonNull @Description("The outturn as a percent of a target stated as an amount, next to the percents of the "
                + "plan the articles state with the outturn («đạt 76% kế hoạch»), each with a verdict.") Derived percentReached) {

    @Description("How an outturn compares with its target.")
    public enum Attainment {
        @Description("Above the target range.")
        ABOVE,
        @Description("Within the target range, or above an open-ended target's floor.")
        ON_TRACK,
        @Description("Below the target range.")
        BELOW,
        @Description("No outturn is stated yet, or the target cannot be made absolute.")
        UNKNOWN
    }
}
