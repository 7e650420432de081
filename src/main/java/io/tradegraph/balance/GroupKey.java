package io.tradegraph.balance;

import org.eclipse.microprofile.graphql.Description;

@Description("What figures are grouped by in an aggregate.")
public enum GroupKey {
    @Description("The area (province or nation).")
    AREA,
    @Description("The period.")
    PERIOD,
    @Description("The flow.")
    FLOW,
    @Description("The commodity (no commodity is a group of its own: all commodities).")
    COMMODITY,
    @Description("The market (no market is a group of its own: all markets).")
    MARKET
}
