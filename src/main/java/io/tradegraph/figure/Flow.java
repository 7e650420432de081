package io.tradegraph.figure;

import org.eclipse.microprofile.graphql.Description;

@Description("The direction of trade a figure measures.")
public enum Flow {
    @Description("Exports (xuất khẩu).")
    EXPORT,
    @Description("Imports (nhập khẩu).")
    IMPORT,
    @Description("Total trade, exports plus imports (tổng kim ngạch xuất nhập khẩu).")
    TOTAL,
    @Description("Trade balance, exports minus imports: positive for a surplus (xuất siêu), negative for a deficit (nhập siêu).")
    BALANCE
}
