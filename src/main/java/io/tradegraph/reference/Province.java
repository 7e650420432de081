package io.tradegraph.reference;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A province, a centrally-run city or the nation (level NATION), which is queried like a province. "
        + "Units merged on 1 July 2025 end on 30 June 2025 and name their successor; the units created that day "
        + "list their members.")
public record Province(
        @NonNull @Description("Stable code: ISO 3166-2:VN (e.g. VN-57) for units that existed before 1 July 2025, "
                + "VN2025-<national code> (e.g. VN2025-24) for units created that day, VN for the nation.") String code,
        @NonNull @Description("Vietnamese name with diacritics, e.g. Bình Dương.") String name,
        @NonNull @Description("The name without diacritics, e.g. Binh Duong.") String nameAscii,
        @NonNull @Description("Administrative level.") AreaLevel level,
        @Description("Socio-economic region; null for the nation.") Region region,
        @Description("ISO 3166-2 code; null for units created on 1 July 2025, which ISO does not list yet.") String isoCode,
        @Description("Two-digit national code (GSO before the reform, Decision 19/2025/QĐ-TTg after it).") String nationalCode,
        @Description("First day of existence in this form; null when it predates the data.") LocalDate validFrom,
        @Description("Last day of existence; null while the unit exists.") LocalDate validTo,
        @Ignore String successorCode) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Province", code);
    }

}
