package io.tradegraph.trade;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.balance.Derived;
import io.tradegraph.core.Loads;
import io.tradegraph.reference.Province;

@Description("A province created on 1 July 2025, rebuilt for a period before it existed by summing what its members "
        + "state. Balance, turnover and coverage are recomputed from the sums, never averaged. Where a member states "
        + "nothing for a flow, that flow is partial.")
@Loads({})
public record Rebuild(
        @NonNull @Description("The units that merged into this one.") List<@NonNull Province> members,
        @NonNull @Description("Sum of the members' exports.") Derived exports,
        @NonNull @Description("Sum of the members' imports.") Derived imports,
        @NonNull @Description("Rebuilt exports − rebuilt imports.") Derived balance,
        @NonNull @Description("Rebuilt exports + rebuilt imports.") Derived turnover,
        @NonNull @Description("Rebuilt exports / rebuilt imports.") Derived coverage) {
}
