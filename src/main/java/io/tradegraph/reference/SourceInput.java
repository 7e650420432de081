package io.tradegraph.reference;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("An article to take figures from, with its text, against which each figure's paragraph and quote are "
        + "checked.")
public record SourceInput(
        @NonNull @Description("Stable code of letters, digits and underscores, at most 40, e.g. 005; the codes of its "
                + "figures start with it.") String code,
        @Description("Who published the article.") String publisher,
        @Description("The authority the article attributes its figures to.") String attributedTo,
        @NonNull @Description("The article's title.") String title,
        @Description("Publication date.") LocalDate publishedOn,
        @Description("Where it was published: an http or https URL.") String url,
        @NonNull @Description("The article's text, one paragraph a line.") String text) {
}
