package io.tradegraph.measure;

import org.eclipse.microprofile.graphql.Description;

@Description("How a stated number compares with another number for the same thing, given the precision it was "
        + "written with and its qualifier.")
public enum Verdict {
    @Description("The same number.")
    MATCH,
    @Description("Different digits, but within the rounding of the digits written (17,1 against 8,46 + 8,6).")
    WITHIN_ROUNDING,
    @Description("Compatible with what 'nearly', 'more than' or 'about' allow (gần 10 against 9,98).")
    CONSISTENT_WITH_QUALIFIER,
    @Description("Not contradicted, but some parts are missing (three months of nine against the year to date).")
    CONSISTENT_BUT_INCOMPLETE,
    @Description("No value allowed by one statement is allowed by the other.")
    CONTRADICTION,
    @Description("The comparison cannot be made: a side is unknown.")
    UNKNOWN
}
