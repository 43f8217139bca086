package diplokg.bench;

import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a benchmark run measures and where.
 *
 * @param articles   corpus size N
 * @param seed       corpus seed; the incremental ingest uses N/10 articles of {@code seed + 1}
 * @param out        folder of the corpora, the stores and the reports
 * @param threads    "all cores" for extraction and ingest
 * @param sample     articles the extraction rates are measured on (the first ones of the corpus)
 * @param runs       warm runs per saved query and target
 * @param loadTime   how long each HTTP concurrency level is driven, per server
 * @param ontology   the ontology folder
 * @param queries    the saved-query folder
 * @param config     the Fuseki configuration file
 * @param base       the base IRI
 * @param reuseStore time the saved queries only, on the store {@code out/store-N} an earlier run left
 */
public record BenchSettings(int articles, long seed, Path out, int threads, int sample, int runs, Duration loadTime,
                            Path ontology, Path queries, Path config, BaseIri base, boolean reuseStore) {

    public BenchSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(loadTime, "loadTime");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(base, "base");
        if (articles < 10 || threads < 1 || sample < 1 || runs < 1) {
            throw new IllegalArgumentException("need at least 10 articles and positive threads, sample and runs");
        }
    }

    /** Articles added to the existing store in the incremental phase. */
    public int extraArticles() {
        return Math.max(1, articles / 10);
    }
}
