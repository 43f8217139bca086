package diplokg.server;

import diplokg.queries.QueryRunner;
import diplokg.queries.SavedQueryCatalog;
import diplokg.vocab.BaseIri;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /.well-known/void}: the VoID description in Turtle, JSON-LD or N-Triples.
 *
 * <p>The counts scan the whole store, so they are kept for {@code maxAge} and recomputed by the first request after
 * that, not by every request; a burst of requests therefore costs one scan. The store changes only through
 * {@code ingest} (which cannot run while the server holds the store) or the authenticated admin service.
 */
final class VoidServlet extends GuardedServlet {

    private final transient QueryRunner runner;
    private final transient SavedQueryCatalog catalog;
    private final transient BaseIri base;
    private final transient Duration maxAge;
    private final transient Clock clock;
    private transient DatasetStatistics statistics;
    private transient Instant counted = Instant.MIN;

    VoidServlet(QueryRunner runner, SavedQueryCatalog catalog, BaseIri base, Duration maxAge, Clock clock) {
        this.runner = runner;
        this.catalog = catalog;
        this.base = base;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GraphReply.send(request, response,
                DatasetDescription.of(RequestRoot.of(request), base, statistics(), catalog.all()));
    }

    private synchronized DatasetStatistics statistics() {
        Instant now = clock.instant();
        if (statistics == null || counted.plus(maxAge).isBefore(now)) {
            statistics = DatasetStatistics.count(runner, base.id(""));
            counted = now;
        }
        return statistics;
    }
}
