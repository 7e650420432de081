package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;

@Description("What a scope narrows the trade to: a sector of the economy, or a restriction of another kind.")
public enum ScopeKind {
    @Description("A sector of the economy (khu vực): the sectors with the same parent divide it without overlap.")
    SECTOR,
    @Description("A restriction that cuts across the sectors: excluding crude oil, enterprises based in the province, "
            + "enterprises the article names.")
    RESTRICTION
}
