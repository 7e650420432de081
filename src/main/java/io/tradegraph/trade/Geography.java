package io.tradegraph.trade;

import org.eclipse.microprofile.graphql.Description;

@Description("Which map of provinces the figures are read on.")
public enum Geography {
    @Description("Each figure stays with the unit the article names.")
    AS_REPORTED,
    @Description("The 34 provinces after 1 July 2025: a new province's periods before that day are rebuilt from "
            + "the units that merged into it (see 'rebuild').")
    PROVINCES_2025
}
