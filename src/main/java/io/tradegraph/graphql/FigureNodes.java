package io.tradegraph.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.FigureRepository;
import io.tradegraph.figure.FigureRevision;

/** node(id:) for figures: a figure's id names one revision, which is found even once revised or retracted. */
@ApplicationScoped
class FigureNodes implements NodeLookup {

    private final FigureRepository figures;

    FigureNodes(FigureRepository figures) {
        this.figures = figures;
    }

    @Override
    public String type() {
        return "Figure";
    }

    @Override
    public Uni<Figure> find(String key) {
        int at = key.lastIndexOf('@');
        if (at < 0) {
            return Uni.createFrom().nullItem();
        }
        String code = key.substring(0, at);
        String revision = key.substring(at + 1);
        return figures.revisions(List.of(code)).map(revisions -> revisions.stream().map(FigureRevision::figure)
                .filter(figure -> String.valueOf(figure.revision()).equals(revision)).findFirst().orElse(null));
    }
}
