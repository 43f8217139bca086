package diplokg;

import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.IngestReport;
import diplokg.ingest.Ingester;
import diplokg.ingest.ReferenceGraph;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Fills real TDB2 stores in temporary folders for tests. */
public final class TestStores {

    private TestStores() {
    }

    /** Loads {@code articles} into the store in {@code folder} with the project's ontology and default base. */
    public static IngestReport load(Path folder, List<Path> articles) {
        return load(folder, articles, 50);
    }

    /** As {@link #load(Path, List)}, extracting and loading {@code batchSize} articles at a time. */
    public static IngestReport load(Path folder, List<Path> articles, int batchSize) {
        ArticlePipeline pipeline = new ArticlePipeline(ProjectFiles.nlp(), ProjectFiles.lexicon(), BaseIri.DEFAULT);
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(BaseIri.DEFAULT))) {
            return new Ingester(pipeline, store, ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT),
                    new IngestOptions(2, batchSize, true, 0), IngestListener.NONE).ingest(articles);
        }
    }

    /** Deletes {@code root} and everything under it. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
