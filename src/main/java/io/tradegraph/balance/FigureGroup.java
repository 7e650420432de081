package io.tradegraph.balance;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.figure.Flow;
import io.tradegraph.reference.Commodity;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.Province;

@Description("A group of figures with their exact sum. Only the keys grouped by are set.")
public record FigureGroup(
        @Description("The area, when grouped by AREA.") Province province,
        @Description("The period, when grouped by PERIOD.") Period period,
        @Description("The flow, when grouped by FLOW.") Flow flow,
        @Description("The commodity, when grouped by COMMODITY; null there means all commodities.") Commodity commodity,
        @Description("The market, when grouped by MARKET; null there means all markets.") Market market,
        @Description("Whether the group is about all commodities (true) or one commodity, when grouped by COMMODITY.") Boolean allCommodities,
        @NonNull @Description("Number of figures added.") int count,
        @NonNull @Description("The exact sum of their amounts, with the figures added, the interval their precision "
                + "and qualifiers allow, and their status.") Derived sum,
        @NonNull @Description("Codes of the figures added.") List<@NonNull String> figures) {
}
