package io.tradegraph.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("A key to order figures by, ascending unless it ends in _DESC; several keys order by the first, then the "
        + "next among equals. Ties are always broken by figure code, so that pages are stable.")
public enum FigureOrder {
    @Description("By period (first day, then last day), earliest first.")
    PERIOD(" p.first_day, p.last_day"),
    @Description("By period, latest first.")
    PERIOD_DESC(" p.first_day desc, p.last_day desc"),
    @Description("By code, that is by source and position in it.")
    CODE(" f.code"),
    @Description("By code, last first.")
    CODE_DESC(" f.code desc"),
    @Description("By area code.")
    AREA(" f.area_code"),
    @Description("By area code, last first.")
    AREA_DESC(" f.area_code desc"),
    @Description("Smallest amount first; figures without an amount last.")
    AMOUNT(" f.amount nulls last"),
    @Description("Largest amount first; figures without an amount last.")
    AMOUNT_DESC(" f.amount desc nulls last");

    /** The key in the service's SQL: columns of the figure (f) and its period (p). */
    final String sql;

    FigureOrder(String sql) {
        this.sql = sql;
    }
}
