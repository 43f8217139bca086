package diplokg.server;

import diplokg.DiplokgException;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import java.nio.file.Path;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.core.assembler.DatasetAssembler;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.assembler.VocabTDB2;

/**
 * Builds the dataset of {@code diplokg-server:Store} in {@code fuseki-config.ttl}: the diplokg store in the folder
 * {@code tdb2:location}, opened as {@link TdbStore#open} opens it, TDB2 with the full-text index that
 * {@code text:query} searches. {@code tdb2:unionDefaultGraph true} makes the default graph the union of the named
 * graphs, as for {@code tdb2:DatasetTDB2}.
 *
 * <p><b>Design decision.</b> jena-text's own assembler ({@code text:TextDataset}) would describe the index a second
 * time, in Turtle, beside the Java that the command line opens the store with, and would open a second Lucene writer
 * on the folder when the server runs in a process that already holds the store (the benchmark does); Lucene refuses
 * that. Opening the store the one way keeps one definition of the index and one writer per folder.
 */
final class StoreAssembler extends DatasetAssembler {

    /** The type of the store's dataset in the configuration. */
    static final Resource TYPE = ResourceFactory.createResource(ServerConfiguration.NS + "Store");

    private StoreAssembler() {
    }

    /** Makes {@link #TYPE} known to Jena's assemblers; done once, before a configuration is parsed. */
    static void register() {
        AssemblerUtils.registerDataset(TYPE, new StoreAssembler());
    }

    @Override
    protected DatasetGraph createDataset(Assembler assembler, Resource root) {
        Statement location = root.getProperty(VocabTDB2.pLocation);
        if (location == null || !location.getObject().isLiteral()) {
            throw new DiplokgException("the Fuseki configuration's " + TYPE.getLocalName()
                    + " has no tdb2:location (the store folder, as a string)");
        }
        Statement base = root.getProperty(ServerConfiguration.BASE);
        BaseIri iris = base == null ? BaseIri.DEFAULT : new BaseIri(base.getString());
        // Writes through /kg-admin (SPARQL Update, graph store protocol) keep the knowledge graph in step at commit.
        DatasetGraph dataset = TdbStore.open(Path.of(location.getString())).deriving(new KnowledgeLayer(iris))
                .maintainedDataset();
        Statement union = root.getProperty(VocabTDB2.pUnionDefaultGraph);
        if (union != null && union.getObject().isLiteral() && union.getBoolean()) {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        // Readers see diplokg's prefixes, not the store's table with the change log's version counter in it.
        return new PublishedPrefixes(dataset, Namespaces.of(iris));
    }
}
