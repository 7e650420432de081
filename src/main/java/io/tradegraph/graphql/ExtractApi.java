package io.tradegraph.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.tradegraph.extract.Extraction;
import io.tradegraph.extract.Extractor;
import io.tradegraph.reference.Catalog;

/** From an article's text to figures ready for review: a query, since it writes nothing. */
@GraphQLApi
public class ExtractApi {

    private final Catalog catalog;
    /** The extractor of the current catalog, made again when the catalog changes (its names are the lexicon's). */
    private volatile Extractor extractor;

    public ExtractApi(Catalog catalog) {
        this.catalog = catalog;
    }

    // On a worker thread: reading a long article takes milliseconds, but none of them on an event loop.
    @Query("extractFigures")
    @Description("Reads the trade figures a Vietnamese article states, for an editor to review and import: each with "
            + "its paragraph, the words that state it and the words each field was read from. Writes nothing. The "
            + "text is bounded by the request's size limit; a sentence of more than 2,000 characters or 40 numbers "
            + "is reported unresolved, not read.")
    public @NonNull Extraction extractFigures(
            @Name("text") @NonNull @Description("The article, one paragraph a line.") String text,
            @Name("publishedOn") @Description("When it was published: the year 'năm nay' means, and which periods "
                    + "were under way or still to come. A first line 'date 2025-10-30' gives it too.") LocalDate publishedOn,
            @Name("source") @Description("The source's code, from which the candidates' codes are made.") String source,
            @Name("title") @Description("The article's title, read for the province it names when the text does not "
                    + "(«Thái Nguyên: xuất khẩu tăng 15,7%»); never for figures.") String title) {
        Extractor current = extractor;
        if (current == null || current.catalog() != catalog.current()) {
            current = new Extractor(catalog.current());
            extractor = current;
        }
        return current.extract(text, title, publishedOn, source);
    }
}
