package diplokg.bench;

import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a reliability run does and where.
 *
 * @param articles  size of the generated store the load run serves
 * @param seed      corpus seed, and seed of the random kill moments and requests
 * @param out       folder of the corpus, the stores and the report
 * @param clients   concurrent HTTP clients of the load run
 * @param duration  how long the load run lasts
 * @param trials    crash trials of {@code ingest} (0 for none)
 * @param uploadTrials crash trials of the server during an upload to {@code /kg-admin/articles} (0 for none)
 * @param updateTrials crash trials of the server during a SPARQL Update on {@code /kg-admin/update} (0 for none)
 * @param compactTrials crash trials of {@code compact} (0 for none)
 * @param mainClass the command line's main class, run in the child JVMs of the crash trials and the load
 * @param ontology  the ontology folder
 * @param queries   the saved-query folder
 * @param config    the Fuseki configuration file
 * @param base      the base IRI
 */
public record ReliabilitySettings(int articles, long seed, Path out, int clients, Duration duration, int trials,
                                  int uploadTrials, int updateTrials, int compactTrials, String mainClass,
                                  Path ontology, Path queries, Path config, BaseIri base) {

    /** Articles in the store before a crash trial, and articles the killed writer loads. */
    static final int CRASH_OLD = 10;
    static final int CRASH_NEW = 20;

    public ReliabilitySettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(base, "base");
        if (articles < CRASH_OLD + CRASH_NEW || clients < 1 || trials < 0 || uploadTrials < 0
                || updateTrials < 0 || compactTrials < 0 || duration.isNegative()) {
            throw new IllegalArgumentException("need at least " + (CRASH_OLD + CRASH_NEW) + " articles, a client, "
                    + "and no negative trials or duration; got " + articles + ", " + clients + ", " + trials + ", "
                    + duration);
        }
    }

    /** How often the live heap is sampled: twenty times a run, every 1 to 30 seconds. */
    Duration heapEvery() {
        long millis = Math.max(1000, Math.min(30_000, duration.toMillis() / 20));
        return Duration.ofMillis(millis);
    }
}
