package io.tradegraph.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of figures; ties are broken by figure code so that pages are stable.")
public enum FigureOrder {
    @Description("By period (first day, then last day), then by code.")
    PERIOD,
    @Description("By code, that is by source and position in it.")
    CODE,
    @Description("Largest amount first; figures without an amount last.")
    AMOUNT_DESC
}
