package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;

@Description("What a market is: the world, a geographic region, a trade bloc or a country or territory.")
public enum MarketKind {
    @Description("All markets together.")
    WORLD,
    @Description("A geographic region, such as Europe or the Middle East.")
    REGION,
    @Description("A trade bloc, such as the EU or ASEAN.")
    BLOC,
    @Description("A country or territory with an ISO 3166-1 alpha-2 code.")
    COUNTRY
}
