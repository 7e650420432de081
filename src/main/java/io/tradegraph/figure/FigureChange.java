package io.tradegraph.figure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.tradegraph.reference.ChangeListener.Announcement;

@Type("FigureChange")
@Description("Figures written by a committed write, on any replica: new figures, revisions and retractions. A page "
        + "shows the change by querying again what it shows.")
public record FigureChange(
        @NonNull @Description("The data version the write made; answers computed since are at least this new.") String dataVersion,
        @NonNull @Description("The figures written that the subscription asked about.") List<@NonNull Written> figures,
        @NonNull @Description("False when not every figure written is listed (a large import lists its first 100, and "
                + "after an interruption the service cannot know): then query again whatever is shown.") boolean complete) {

    @Type("FigureWritten")
    @Description("A figure a write added a revision of: its code, area and flow.")
    public record Written(
            @NonNull @Description("The figure's code.") String code,
            @NonNull @Description("Its area's code.") String area,
            @NonNull @Description("Its flow.") Flow flow) {
    }

    public static FigureChange of(Announcement announcement) {
        return new FigureChange(String.valueOf(announcement.version()), announcement.figures().stream()
                .map(f -> new Written(f.code(), f.area(), Flow.valueOf(f.flow()))).toList(), announcement.complete());
    }

    /** Whether a subscriber asking about an area and a flow (any when null) should hear of it. */
    public boolean concerns(String area, Flow flow) {
        return !complete || figures.stream().anyMatch(f -> asked(f, area, flow));
    }

    /** The part of the change a subscriber asked about. */
    public FigureChange about(String area, Flow flow) {
        return new FigureChange(dataVersion, figures.stream().filter(f -> asked(f, area, flow)).toList(), complete);
    }

    private static boolean asked(Written figure, String area, Flow flow) {
        return (area == null || figure.area().equals(area)) && (flow == null || figure.flow() == flow);
    }
}
