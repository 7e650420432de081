package io.tradegraph.reference;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ProvinceFilter")
@Description("Narrows a list of provinces; conditions combine with AND, and a missing one does not filter.")
public record ProvinceFilter(
        @Description("Only this socio-economic region.") Region region,
        @Description("Only this administrative level.") AreaLevel level,
        @Description("Part of the name, with or without diacritics, in any case: 'binh duong' finds Bình Dương.") String name,
        @Description("Only units that existed on this day, e.g. 2025-07-01 for the 34 units after the mergers.") LocalDate validOn) {

    /** The test for a unit meeting every condition given; the name is folded once, not once per unit. */
    public Predicate<Province> matcher() {
        String folded = name == null || name.isBlank() ? null : AsciiFolding.fold(name.strip());
        return area -> (region == null || region == area.region()) && (level == null || level == area.level())
                && (folded == null || area.nameAscii().toLowerCase(Locale.ROOT).contains(folded))
                && (validOn == null || ((area.validFrom() == null || !area.validFrom().isAfter(validOn))
                        && (area.validTo() == null || !area.validTo().isBefore(validOn))));
    }
}
