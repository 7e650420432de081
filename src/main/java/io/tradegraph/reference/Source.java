package io.tradegraph.reference;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A news article that states figures. Null fields are unknown: several articles name neither their "
        + "publisher nor their date.")
public record Source(
        @NonNull @Description("Stable code, e.g. 000.") String code,
        @Description("Who published the article; null when the article does not say.") String publisher,
        @Description("The authority the article attributes its figures to, e.g. Sở Công Thương tỉnh Bình Dương.") String attributedTo,
        @NonNull @Description("The article's title, or a short summary where it has none.") String title,
        @Description("Publication date; null when the article does not give it.") LocalDate publishedOn,
        @Description("The file of the seed data the article came in; null for articles added by editors.") String seedFile,
        @Description("Where the article was published, when known.") String url,
        @NonNull @Description("When the article was added to the service.") OffsetDateTime recordedAt) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Source", code);
    }

}
