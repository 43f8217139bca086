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
import java.nio.file.Path;
import java.util.List;

/** Fills real TDB2 stores in temporary folders for tests. */
public final class TestStores {

    private TestStores() {
    }

    /** Loads {@code articles} into the store in {@code folder} with the project's ontology and default base. */
    public static IngestReport load(Path folder, List<Path> articles) {
        ArticlePipeline pipeline = new ArticlePipeline(ProjectFiles.nlp(), ProjectFiles.lexicon(), BaseIri.DEFAULT);
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(BaseIri.DEFAULT))) {
            return new Ingester(pipeline, store, ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT),
                    new IngestOptions(2, 50, true, 0), IngestListener.NONE).ingest(articles);
        }
    }
}
