package io.tradegraph.graphql;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.tradegraph.core.ClientError;
import io.tradegraph.core.CodedError;
import io.tradegraph.figure.FigureCsv;
import io.tradegraph.figure.FigureFilter;
import io.tradegraph.figure.FigureImporter;
import io.tradegraph.figure.FigureInput;
import io.tradegraph.figure.FigureRepository;
import io.tradegraph.figure.FigureRules;
import io.tradegraph.figure.Flow;
import io.tradegraph.measure.Status;
import io.tradegraph.persistence.Database;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.PeriodKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Figures as CSV, in the layout of {@code data/figures.csv} ({@link FigureCsv}): {@code GET /figures.csv} exports any
 * list of figures with the filter of the {@code figures} query as parameters (and {@code asOf}), streamed a batch at
 * a time so that no export holds more than a batch in memory; {@code POST /figures.csv} imports a file through the
 * same checked path as {@code importFigures}, with an editor's token, an optional {@code Idempotency-Key} and
 * {@code Revision-Reason} header, and answers with the same report. An export imported again changes nothing.
 */
@ApplicationScoped
public class FigureCsvEndpoint {

    private static final Logger LOG = Logger.getLogger(FigureCsvEndpoint.class);
    static final String PATH = "/figures.csv";
    private static final int BATCH = 500;
    private static final String JSON = "application/json; charset=utf-8";

    private final FigureRepository figures;
    private final FigureImporter importer;
    private final Catalog catalog;
    private final Database database;
    private final Limits limits;

    public FigureCsvEndpoint(FigureRepository figures, FigureImporter importer, Catalog catalog,
            Database database, Limits limits) {
        this.figures = figures;
        this.importer = importer;
        this.catalog = catalog;
        this.database = database;
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::export);
        router.post(PATH).handler(BodyHandler.create(false).setBodyLimit(limits.importBytes())).handler(this::importFile)
                .failureHandler(this::failed);
    }

    private void export(RoutingContext context) {
        FigureFilter filter;
        OffsetDateTime asOf;
        try {
            HttpServerRequest request = context.request();
            filter = FigureFilter.of(request.getParam("area"), parse(request, "from", LocalDate::parse),
                    parse(request, "to", LocalDate::parse), parse(request, "periodKind", PeriodKind::valueOf),
                    parse(request, "flow", Flow::valueOf), request.getParam("commodity"), request.getParam("market"),
                    parse(request, "status", Status::valueOf), request.getParam("source"), request.getParam("scope"));
            asOf = parse(request, "asOf", OffsetDateTime::parse);
            FigureFilter.requireSatisfiable(filter);
            FigureFilter.requireKnownCodes(filter, catalog.current());
        } catch (CodedError refused) {
            fail(context, refused);
            return;
        }
        // One instant for every batch, so that a write between two batches does not make the file inconsistent.
        (asOf != null ? io.smallrye.mutiny.Uni.createFrom().item(asOf)
                : database.query("select statement_timestamp()", List.of(), row -> row.getOffsetDateTime(0))
                        .map(rows -> rows.get(0)))
                .subscribe().with(instant -> {
                    context.response().setChunked(true)
                            .putHeader(HttpHeaders.CONTENT_TYPE, FigureCsv.MEDIA_TYPE + "; charset=utf-8")
                            .putHeader("Content-Disposition", "attachment; filename=\"figures.csv\"")
                            .write(FigureCsv.header());
                    next(context, filter, instant, null);
                }, failure -> fail(context, ErrorMapping.failure(failure, PATH)));
    }

    /** Writes the batch after a code, then the next once the client has taken it in. */
    private void next(RoutingContext context, FigureFilter filter, OffsetDateTime asOf, String after) {
        HttpServerResponse response = context.response();
        figures.batchAfter(filter, asOf, after, BATCH).subscribe().with(batch -> {
            if (response.closed()) {
                return;
            }
            StringBuilder lines = new StringBuilder();
            batch.forEach(figure -> lines.append(FigureCsv.line(figure)));
            response.write(lines.toString());
            if (batch.size() < BATCH) {
                response.end();
                return;
            }
            String last = batch.get(batch.size() - 1).figure().code();
            if (response.writeQueueFull()) {
                response.drainHandler(ignored -> next(context, filter, asOf, last));
            } else {
                next(context, filter, asOf, last);
            }
        }, failure -> {
            // The status is sent already: all a client can be told is that the file is cut short.
            LOG.warnf("Export of figures failed after it started (%s); the connection is closed", failure.getMessage());
            response.reset();
        });
    }

    private void importFile(RoutingContext context) {
        Editor.takeOverRefusals(context);
        String contentType = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith(FigureCsv.MEDIA_TYPE)) {
            fail(context, 415, new ClientError.BadRequest("UNSUPPORTED_MEDIA_TYPE", "POST the figures as "
                    + FigureCsv.MEDIA_TYPE + " (UTF-8), in the layout of an export."));
            return;
        }
        String key = context.request().getHeader("Idempotency-Key");
        String reason = context.request().getHeader("Revision-Reason");
        try {
            FigureRules.requireReason("Revision-Reason", reason, false);
        } catch (ClientError refused) {
            fail(context, refused);
            return;
        }
        Editor.require(context).chain(author -> read(context).chain(rows -> importer.importFigures(null, rows, key,
                author, reason != null ? reason : "Imported again from a file with other values")))
                .subscribe().with(report -> context.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .end(report.toJson()), failure -> fail(context, ErrorMapping.failure(failure, PATH)));
    }

    /**
     * The file's rows, read on a worker thread (a file of 4 MiB takes a few hundred milliseconds, which no event loop
     * may spend), handed back on the request's context, where the transaction runs.
     */
    private static io.smallrye.mutiny.Uni<List<FigureInput>> read(RoutingContext context) {
        String body = context.body() == null ? null : context.body().asString("UTF-8");
        return io.smallrye.mutiny.Uni.createFrom().completionStage(() -> context.vertx().executeBlocking(() -> {
            if (body == null || body.isBlank()) {
                throw new ClientError.BadRequest("BAD_REQUEST", "The file is empty: send a header line, then a line a "
                        + "figure, in the layout of an export.");
            }
            List<FigureInput> rows;
            try {
                rows = FigureCsv.read(new StringReader(body));
            } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException unreadable) {
                // The parser's own words, without its class: "(startline 2) EOF reached before encapsulated token
                // finished" names the line.
                Throwable reason = unreadable instanceof java.io.UncheckedIOException && unreadable.getCause() != null
                        ? unreadable.getCause() : unreadable;
                throw new ClientError.BadRequest("BAD_REQUEST", "The file is not figures CSV: " + reason.getMessage());
            }
            if (rows.isEmpty()) {
                throw new ClientError.BadRequest("BAD_REQUEST", "The file holds no figures: a header line, then a "
                        + "line a figure, in the layout of an export.");
            }
            return rows;
        }, false).toCompletionStage());
    }

    /** Over the body limit, or anything that failed on the way. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            fail(context, 413, new ClientError.BadRequest("PAYLOAD_TOO_LARGE", "The file is larger than the "
                    + limits.importBytes() + " bytes an import accepts; split it."));
        } else {
            fail(context, ErrorMapping.failure(context.failure(), PATH));
        }
    }

    private static void fail(RoutingContext context, CodedError failure) {
        fail(context, ErrorMapping.plainHttpStatus(failure), failure);
    }

    private static void fail(RoutingContext context, int status, CodedError failure) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        if (status == 401) {
            response.putHeader("WWW-Authenticate", ErrorMapping.challenge(failure.code()));
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(ErrorMapping.json(failure));
    }

    private static <T> T parse(HttpServerRequest request, String name, Function<String, T> parser) {
        String value = request.getParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ClientError.InvalidArgument("The parameter '" + name + "' cannot be read: '" + value + "'.");
        }
    }
}
