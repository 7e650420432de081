package io.tradegraph.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("What a growth rate compares with.")
public enum GrowthBasis {
    @Description("The same period a year earlier (so với cùng kỳ).")
    YEAR_ON_YEAR,
    @Description("The month before (so với tháng trước): how a month compares with the one it follows.")
    MONTH_ON_MONTH,
    @Description("Average yearly growth over a multi-year period (tăng trưởng bình quân mỗi năm).")
    AVERAGE_ANNUAL,
    @Description("The plan for the same period: how far the outturn exceeds it (vượt kế hoạch), or falls short.")
    AGAINST_PLAN
}
