package io.tradegraph.province;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ProvinceFilter")
@Description("Narrows a list of provinces; conditions combine with AND, and a missing one does not filter.")
public record ProvinceFilter(
        @Description("Only this socio-economic region.") Region region,
        @Description("Only this administrative level.") AreaLevel level,
        @Description("Part of the name, with or without diacritics, in any case: 'binh duong' finds Bình Dương.") String name,
        @Description("Only units that existed on this day, e.g. 2025-07-01 for the 34 units after the mergers.") LocalDate validOn) {

    /** Whether a unit meets every condition given. */
    public boolean matches(Province area) {
        return (region == null || region == area.region()) && (level == null || level == area.level())
                && (name == null || name.isBlank() || area.nameAscii().toLowerCase(java.util.Locale.ROOT)
                        .contains(AsciiFolding.fold(name.strip())))
                && (validOn == null || ((area.validFrom() == null || !area.validFrom().isAfter(validOn))
                        && (area.validTo() == null || !area.validTo().isBefore(validOn))));
    }
}
