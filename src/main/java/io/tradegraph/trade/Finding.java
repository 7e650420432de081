package io.tradegraph.trade;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Verdict;
import io.tradegraph.reference.Commodity;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.Scope;

@Description("A reconciliation finding: two numbers for the same thing (a stated one and a computed one, or two "
        + "stated ones) and whether they agree, given the precision they were written with and their qualifiers.")
@Loads({})
public record Finding(
        @NonNull @Description("What was compared.") Kind kind,
        @NonNull @Description("Whether the two numbers agree.") Verdict verdict,
        @NonNull @Description("The area.") Province province,
        @NonNull @Description("The period.") Period period,
        @NonNull @Description("The flow compared.") Flow flow,
        @Description("The commodity, when the comparison is about one.") Commodity commodity,
        @Description("The market, when the comparison is about one.") Market market,
        @Description("The sector or part, when the comparison is about one.") Scope scope,
        @Description("The stated number.") BigDecimal stated,
        @Description("The number it is compared with: computed, or stated elsewhere.") BigDecimal compared,
        @Description("stated − compared.") BigDecimal difference,
        @Description("Unit of the numbers.") MeasureUnit unit,
        @NonNull @Description("The figures involved.") List<@NonNull Figure> figures,
        @NonNull @Description("The finding in words.") String explanation) {

    @Description("The kinds of reconciliation.")
    public enum Kind {
        @Description("A stated balance against exports − imports.")
        BALANCE_VS_FLOWS,
        @Description("A stated total against exports + imports.")
        TOTAL_VS_FLOWS,
        @Description("A claimed share against the share computed from the values.")
        CLAIMED_SHARE,
        @Description("Two statements of the same value that differ, in one article or in two.")
        CONFLICTING_STATEMENTS,
        @Description("A year-to-date value against the sum of its months.")
        MONTHS_VS_YEAR_TO_DATE,
        @Description("The whole trade (or a sector) against the sum of the sectors that divide it, such as the "
                + "foreign-invested and the domestic sector.")
        SECTORS_VS_WHOLE,
        @Description("A region's or bloc's value against the sum of its members' stated beside it.")
        MEMBERS_VS_REGION,
        @Description("A percent of the plan the article states against the outturn divided by the plan's amount.")
        ATTAINMENT_VS_PLAN
    }
}
