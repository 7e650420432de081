package io.tradegraph.reference;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A span of time that figures refer to, identified by its first and last day.")
public record Period(
        @NonNull @Description("Code in ISO 8601 form: 2024, 2025-09, 2025-Q3, 2025-01/2025-09 or 2021/2025.") String code,
        @NonNull @Description("Month, quarter, year to date, year or several years.") PeriodKind kind,
        @NonNull @Description("First day, inclusive.") LocalDate firstDay,
        @NonNull @Description("Last day, inclusive.") LocalDate lastDay,
        @NonNull @Description("Readable label, e.g. 'January–September 2025'.") String label) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Period", code);
    }


    public static Period from(PeriodEntity period) {
        return new Period(period.code, period.kind, period.firstDay, period.lastDay, period.label);
    }
}
