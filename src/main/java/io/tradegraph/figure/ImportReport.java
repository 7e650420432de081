package io.tradegraph.figure;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportReport")
@Description("What an import did, figure by figure: it wrote all of them or, refused, none.")
public record ImportReport(
        @NonNull @Description("Codes of the figures added.") List<@NonNull String> added,
        @NonNull @Description("Codes of the figures revised: stored before with other values (or retracted), kept in "
                + "their history.") List<@NonNull String> revised,
        @NonNull @Description("Codes of the figures stored already with the same values.") List<@NonNull String> unchanged,
        @NonNull @Description("True when this is the report of an earlier import with the same idempotency key and "
                + "rows, which this call did not run again.") boolean replayed) {

    private static final JsonProvider JSON = JsonProvider.provider();

    ImportReport asReplayed() {
        return new ImportReport(added, revised, unchanged, true);
    }

    public String toJson() {
        return JSON.createObjectBuilder().add("added", JSON.createArrayBuilder(added))
                .add("revised", JSON.createArrayBuilder(revised)).add("unchanged", JSON.createArrayBuilder(unchanged))
                .add("replayed", replayed).build().toString();
    }

    static ImportReport fromJson(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new ImportReport(codes(object.getJsonArray("added")), codes(object.getJsonArray("revised")),
                    codes(object.getJsonArray("unchanged")), false);
        }
    }

    private static List<String> codes(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
