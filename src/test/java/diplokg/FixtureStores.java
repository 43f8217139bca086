package diplokg;

import diplokg.ingest.ReferenceGraph;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fills real TDB2 stores in temporary folders from hand-written TriG fixtures (shaped like the article graphs the
 * mapper writes), with the project's reference graph beside them, as {@code ingest} would leave the store.
 */
public final class FixtureStores {

    private FixtureStores() {
    }

    /** Writes the reference graph and every named graph of {@code trigFiles} into the store in {@code folder}. */
    public static void load(Path folder, Path... trigFiles) {
        List<NamedGraph> graphs = new ArrayList<>();
        graphs.add(ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT));
        for (Path file : trigFiles) {
            DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(file.toString());
            fixture.listGraphNodes().forEachRemaining(name ->
                    graphs.add(new NamedGraph(name.getURI(), fixture.getGraph(name))));
        }
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(BaseIri.DEFAULT))) {
            store.replaceGraphs(graphs);
        }
    }
}
