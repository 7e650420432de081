package io.tradegraph.figure;

import java.math.BigDecimal;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.tradegraph.commodity.CommodityEntity;
import io.tradegraph.market.MarketEntity;
import io.tradegraph.period.PeriodEntity;
import io.tradegraph.province.AreaEntity;
import io.tradegraph.source.SourceEntity;

/**
 * A figure read for computation only: its columns, and the few reference entities it points to. Selecting this
 * projection instead of the figure entity spares Hibernate from creating and tracking an entity per row, which
 * is most of the cost of loading thousands of figures.
 */
@RegisterForReflection
public record FigureRow(String code, Flow flow, BigDecimal amount, BigDecimal amountLow, BigDecimal amountHigh,
        BigDecimal amountPrecision, MeasureUnit unit, Qualifier qualifier, Status status, BigDecimal growthPct,
        BigDecimal growthLow, BigDecimal growthHigh, Qualifier growthQualifier, GrowthBasis growthBasis, Integer rank,
        BigDecimal sharePct, Qualifier shareQualifier, int paragraph, String quote, String note, AreaEntity area,
        PeriodEntity period, SourceEntity source, CommodityEntity commodity, MarketEntity market) {

    static final String SELECT = "select new io.tradegraph.figure.FigureRow(f.code, f.flow, f.amount, f.amountLow, "
            + "f.amountHigh, f.amountPrecision, f.unit, f.qualifier, f.status, f.growthPct, f.growthLow, f.growthHigh, "
            + "f.growthQualifier, f.growthBasis, f.rank, f.sharePct, f.shareQualifier, f.paragraph, f.quote, f.note, "
            + "a, p, s, c, m) from FigureEntity f join f.area a join f.period p join f.source s "
            + "left join f.commodity c left join f.market m";
}
