package diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.cli.Main;
import diplokg.generate.CorpusGenerator;
import diplokg.generate.GeneratorData;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few crash trials in {@code mvn verify} ({@code diplokg bench --reliability} runs 50): {@code diplokg ingest} of 15
 * generated articles into a store holding the seeds, killed with SIGKILL at random moments, leaves a store that opens,
 * validates and holds exactly the seeds or the seeds and the 15 articles; so does a server killed while it loads the
 * same articles sent as a zip to {@code /kg-admin/articles}, a server killed during a SPARQL Update of every article
 * of the seeds' store, and {@code diplokg compact} killed while it compacts a store with old commits and removals
 * (which must leave the same content).
 */
class CrashTrialsIT {

    private static final int TRIALS = 4;
    private static final int UPLOAD_TRIALS = 3;
    private static final int UPDATE_TRIALS = 3;
    private static final int COMPACT_TRIALS = 3;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aWriterKilledAtRandomLeavesExactlyTheOldOrTheNewStore() throws IOException {
        Path old = seeds();
        Path generated = generated();

        List<CrashTrial> trials = new CrashTrials(Main.class.getName(), ProjectFiles.ONTOLOGY, BaseIri.DEFAULT)
                .run(folder.resolve("trials"), old, generated, TRIALS, 17, i -> { });

        assertEquals(TRIALS, trials.size());
        for (CrashTrial trial : trials) {
            assertTrue(trial.consistent(), trial.toString());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aServerKilledDuringAnUploadLeavesExactlyTheOldOrTheNewStore() throws IOException {
        Path old = seeds();
        Path generated = generated();
        CrashTrials checks = new CrashTrials(Main.class.getName(), ProjectFiles.ONTOLOGY, BaseIri.DEFAULT);

        List<CrashTrial> trials = new UploadCrashTrials(checks, Main.class.getName(), List.of())
                .run(folder.resolve("uploads"), old, generated, UPLOAD_TRIALS, 19, i -> { });

        assertEquals(UPLOAD_TRIALS, trials.size());
        for (CrashTrial trial : trials) {
            assertTrue(trial.consistent(), trial.toString());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aServerKilledDuringASparqlUpdateLeavesExactlyTheOldOrTheNewStore() throws IOException {
        Path old = seeds();
        CrashTrials checks = new CrashTrials(Main.class.getName(), ProjectFiles.ONTOLOGY, BaseIri.DEFAULT);

        List<CrashTrial> trials = new UploadCrashTrials(checks, Main.class.getName(), List.of())
                .runUpdate(folder.resolve("updates"), old, UploadCrashTrials.update(BaseIri.DEFAULT), UPDATE_TRIALS,
                        23, i -> { });

        assertEquals(UPDATE_TRIALS, trials.size());
        for (CrashTrial trial : trials) {
            assertTrue(trial.consistent(), trial.toString());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aCompactionKilledAtRandomLeavesTheSameStore() throws IOException {
        Path old = seeds();
        Path generated = generated();
        CrashTrials checks = new CrashTrials(Main.class.getName(), ProjectFiles.ONTOLOGY, BaseIri.DEFAULT);

        List<CrashTrial> trials = new CompactCrashTrials(checks, Main.class.getName(), ProjectFiles.ONTOLOGY,
                BaseIri.DEFAULT).run(folder.resolve("compactions"), old, generated, COMPACT_TRIALS, 29, i -> { });

        assertEquals(COMPACT_TRIALS, trials.size());
        for (CrashTrial trial : trials) {
            assertTrue(trial.consistent(), trial.toString());
        }
    }

    private Path seeds() throws IOException {
        Path old = Files.createDirectories(folder.resolve("old"));
        try (Stream<Path> seeds = Files.list(ProjectFiles.SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, old.resolve(seed.getFileName()));
            }
        }
        return old;
    }

    private Path generated() {
        Path generated = folder.resolve("generated");
        new CorpusGenerator(GeneratorData.load(ProjectFiles.ONTOLOGY)).write(generated, 15, 11, 1);
        return generated.resolve("articles");
    }
}
