package io.tradegraph.figure;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;

@Description("One revision of a figure: its values then, who recorded it, when and why, and until when it stood.")
@Loads({})
public record FigureRevision(
        @NonNull @Description("The figure as this revision states it (its 'revision' and 'recordedAt' say which and "
                + "when).") Figure figure,
        @Description("When the next revision replaced it; null while it is in force.") OffsetDateTime supersededAt,
        @NonNull @Description("Who recorded it: the editor's token subject, or 'seed' for the data the service "
                + "started with.") String recordedBy,
        @Description("Why it was revised or retracted; null for a figure's first revision.") String reason,
        @NonNull @Description("True when this revision retracts the figure: its values no longer stand.") boolean retracted) {
}
