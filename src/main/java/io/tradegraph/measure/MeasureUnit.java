package io.tradegraph.measure;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Unit")
@Description("The unit of an amount. Amounts are whole units: USD 34.5 billion is 34500000000 USD.")
public enum MeasureUnit {
    @Description("US dollars.")
    USD,
    @Description("Vietnamese dong.")
    VND,
    @Description("Metric tonnes (tấn).")
    TONNE,
    @Description("Percent, for computed shares and growth rates.")
    PERCENT
}
