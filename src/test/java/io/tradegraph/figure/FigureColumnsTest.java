package io.tradegraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tradegraph.figure.Column.Bound;
import io.tradegraph.figure.Column.Group;

/** What the description derives from FigureInput's components, where a mistake would pass silently. */
class FigureColumnsTest {

    @Test
    void theFieldsTheApiRequiresAreRequiredInEveryImport() {
        List<String> required = FigureColumns.ALL.stream().filter(FigureColumns.Field::required)
                .map(FigureColumns.Field::name).toList();
        assertEquals(List.of("code", "paragraph", "area", "period", "flow", "status", "quote"), required);
    }

    @Test
    void columnsAndBoundsComeFromNamesTypesAndAnnotations() {
        assertEquals("growth_low", FigureColumns.field("growthLow").column());
        assertEquals("amount_low", FigureColumns.field("low").column());
        assertEquals("growth_low", FigureColumns.field("growthLow").csv());
        assertEquals(Bound.AMOUNT, FigureColumns.field("amount").bound());
        assertEquals(Bound.CODE, FigureColumns.field("area").bound());
        assertEquals(Bound.COUNT, FigureColumns.field("rank").bound());
        assertEquals(Bound.GROWTH, FigureColumns.field("growth").bound());
        assertEquals(List.of("paragraph", "quote", "note"), FigureColumns.fields(Group.PROVENANCE).stream()
                .map(FigureColumns.Field::name).toList());
        assertEquals(List.of("growth", "growthLow", "growthHigh", "growthQualifier", "growthBasis", "rank", "share",
                "shareQualifier", "planPercent", "growthMultiple", "secondGrowth", "secondGrowthBasis", "rankOf", "rankWithin"),
                FigureColumns.fields(Group.COMPARISON).stream().map(FigureColumns.Field::name).toList());
    }

    @Test
    void aValueOfAnotherTypeIsRefusedWhereItIsSet() {
        assertThrows(IllegalArgumentException.class, () -> FigureColumns.of(Map.of("amount", "10")));
        FigureInput figure = FigureColumns.of(Map.of("code", "x-1", "amount", new BigDecimal("10")));
        assertEquals(new BigDecimal("10"), figure.amount());
        assertEquals(0, figure.paragraph(), "a count left out of a statement made field by field is 0, not a failure");
        assertThrows(IllegalArgumentException.class, () -> FigureColumns.with(figure, "paragraph", "1"));
    }
}
