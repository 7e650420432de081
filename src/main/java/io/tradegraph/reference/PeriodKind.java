package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of a period. Periods of different kinds overlap: a month lies within a year to date.")
public enum PeriodKind {
    @Description("A calendar month, code YYYY-MM.")
    MONTH,
    @Description("A calendar quarter, code YYYY-Qn.")
    QUARTER,
    @Description("The first months of a year (e.g. the first nine months), code YYYY-01/YYYY-MM.")
    YEAR_TO_DATE,
    @Description("A calendar year, code YYYY.")
    YEAR,
    @Description("Several whole years (e.g. 2021–2025), code YYYY/YYYY.")
    MULTI_YEAR
}
