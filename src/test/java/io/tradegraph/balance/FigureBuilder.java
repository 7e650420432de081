package io.tradegraph.balance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.figure.GrowthBasis;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.AreaLevel;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.Source;

/** Figures for tests of the arithmetic: an estimate in USD, stated plainly, unless told otherwise. */
final class FigureBuilder {

    private final String code;
    private final Flow flow;
    private BigDecimal amount;
    private BigDecimal precision;
    private MeasureUnit unit = MeasureUnit.USD;
    private Qualifier qualifier = Qualifier.EXACT;
    private Status status = Status.ESTIMATE;
    private Figure.Growth growth;
    private Figure.Share share;
    private LocalDate published;

    private FigureBuilder(String code, Flow flow) {
        this.code = code;
        this.flow = flow;
    }

    static FigureBuilder figure(String code, Flow flow) {
        return new FigureBuilder(code, flow);
    }

    /** An amount in billions, written as the article writes it: "34.5" is precise to 0.1 billion. */
    static Figure billions(String code, Flow flow, String written) {
        return figure(code, flow).billions(written).build();
    }

    FigureBuilder billions(String written) {
        BigDecimal number = new BigDecimal(written);
        this.amount = number.scaleByPowerOfTen(9).setScale(0);
        this.precision = BigDecimal.ONE.scaleByPowerOfTen(9 - number.scale());
        return this;
    }

    FigureBuilder unit(MeasureUnit value) {
        this.unit = value;
        return this;
    }

    FigureBuilder qualifier(Qualifier value) {
        this.qualifier = value;
        return this;
    }

    FigureBuilder status(Status value) {
        this.status = value;
        return this;
    }

    FigureBuilder growth(String percent, Qualifier growthQualifier) {
        this.growth = new Figure.Growth(new BigDecimal(percent), null, null, growthQualifier, GrowthBasis.YEAR_ON_YEAR, null);
        return this;
    }

    FigureBuilder growthRange(String low, String high, Qualifier growthQualifier) {
        this.growth = new Figure.Growth(null, new BigDecimal(low), new BigDecimal(high), growthQualifier, GrowthBasis.YEAR_ON_YEAR, null);
        return this;
    }

    FigureBuilder share(String percent, Qualifier shareQualifier) {
        this.share = new Figure.Share(new BigDecimal(percent), shareQualifier);
        return this;
    }

    FigureBuilder published(LocalDate day) {
        this.published = day;
        return this;
    }

    Figure build() {
        Province area = new Province("VN-57", "Bình Dương", "Binh Duong", AreaLevel.PROVINCE, null, "VN-57", "74", null, null, null);
        Period year = new Period("2024", PeriodKind.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "2024");
        Source source = new Source("s-" + code, null, null, "title", published, "file.txt", null,
                OffsetDateTime.parse("2025-01-01T00:00:00Z"));
        return new Figure(code, area, year, flow, null, null, null, amount, amount == null ? null : unit, qualifier, null,
                precision, status, growth, null, null, null, null, share, null, source, 1, OffsetDateTime.parse("2025-01-01T00:00:00Z"), 1, "quote", null, false);
    }
}
