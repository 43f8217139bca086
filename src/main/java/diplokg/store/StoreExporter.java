package diplokg.store;

import java.io.Writer;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Writes the store, or one named graph of it, as RDF text.
 *
 * <p>Streaming: quads go from the TDB2 indexes to the writer one by one inside a single read transaction, so the
 * dump is a consistent snapshot and memory stays flat however large the store. A writer in the same process
 * waits for nothing (TDB2 readers do not block the writer), but its commit is not in the dump. The block formats
 * (TriG, Turtle) group the triples of each subject, as the index order delivers them; they are not pretty-printed.
 */
public final class StoreExporter {

    /** The serialisations of a whole store. */
    public enum Format {
        /** N-Quads: one quad per line, the simplest to split, stream and load. */
        NQUADS,
        /** TriG: one block per named graph, with prefixes; easier to read. */
        TRIG
    }

    private final TdbStore store;
    private final PrefixMapping prefixes;

    /** An exporter of {@code store} that declares {@code prefixes} in the formats that have them. */
    public StoreExporter(TdbStore store, PrefixMapping prefixes) {
        this.store = Objects.requireNonNull(store, "store");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
    }

    /**
     * Writes every quad of the store to {@code out} in {@code format}; flushes but does not close {@code out}.
     *
     * @return the number of quads written
     */
    public long writeDataset(Format format, Writer out) {
        if (format == Format.NQUADS) {
            return writeQuads(store.dataset(), StreamRDFLib.writer(out));
        }
        StreamRDFCounting counting = StreamRDFLib.count(new WriterStreamRDFBlocks(out, Context.emptyContext()));
        ReadTransaction.execute(store.dataset(), () -> {
            counting.start();
            StreamRDFOps.sendDatasetToStream(store.dataset(), counting, null, Prefixes.adapt(prefixes));
            counting.finish();
        });
        return counting.count();
    }

    /**
     * Streams every quad of {@code dataset} to {@code stream} (between its {@code start} and {@code finish}) from one
     * read transaction: the one way the store is dumped, by {@code diplokg export} and by the server's
     * {@code /dumps/diplokg.nq.gz}.
     *
     * @return the number of quads (and default-graph triples) sent
     */
    public static long writeQuads(DatasetGraph dataset, StreamRDF stream) {
        StreamRDFCounting counting = StreamRDFLib.count(stream);
        ReadTransaction.execute(dataset, () -> {
            counting.start();
            StreamRDFOps.sendDatasetToStream(dataset, counting, null, null);
            counting.finish();
        });
        return counting.count();
    }

    /**
     * Writes the named graph {@code iri} to {@code out} as Turtle; flushes but does not close {@code out}.
     *
     * @return the number of triples written
     * @throws StoreException when the store has no such graph
     */
    public long writeGraph(String iri, Writer out) {
        Node graph = NodeFactory.createURI(iri);
        StreamRDFCounting counting = StreamRDFLib.count(new WriterStreamRDFBlocks(out, Context.emptyContext()));
        ReadTransaction.execute(store.dataset(), () -> {
            if (!store.dataset().containsGraph(graph)) {
                throw new StoreException(store.folder() + ": no graph <" + iri + "> in the store");
            }
            counting.start();
            StreamRDFOps.sendGraphToStream(store.dataset().getGraph(graph), counting, null, Prefixes.adapt(prefixes));
            counting.finish();
        });
        return counting.count();
    }
}
