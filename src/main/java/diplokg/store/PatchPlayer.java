package diplokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Plays a stream of patches, as {@link PatchLog} writes them, into a store: each patch ({@code TX} to {@code TC}) in
 * one write transaction of the store's logged dataset, so that the store counts, in that same transaction, the
 * version the patch leads to. A patch whose {@code H version} header does not follow the store's version is refused
 * before anything is written. A patch cut off before its {@code TC} (a dropped connection) is aborted by
 * {@link #close()}; the store stays at the version of the last whole patch. The log holds no prefixes, segments or
 * start and finish marks; {@link RDFChangesBase} ignores them.
 *
 * <p>Not thread-safe: one player per stream.
 */
final class PatchPlayer extends RDFChangesBase implements AutoCloseable {

    private final DatasetGraph dataset;
    private long announced = -1;
    private long version;
    private int played;

    /** A player into {@code dataset}, a store's {@link LoggedDataset}, now at version {@code version}. */
    PatchPlayer(DatasetGraph dataset, long version) {
        this.dataset = dataset;
        this.version = version;
    }

    /** The version of the last patch played (the starting version when none was). */
    long version() {
        return version;
    }

    /** How many patches were played. */
    int played() {
        return played;
    }

    @Override
    public void header(String field, Node value) {
        if (PatchRecorder.VERSION_HEADER.equals(field) && value.isLiteral()) {
            announced = Long.parseLong(value.getLiteralLexicalForm());
        }
    }

    @Override
    public void txnBegin() {
        if (announced != version + 1) {
            throw new StoreException("a patch to version " + announced + " cannot follow the store's version "
                    + version + "; nothing written");
        }
        dataset.begin(TxnType.WRITE);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        dataset.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        dataset.delete(g, s, p, o);
    }

    @Override
    public void txnCommit() {
        dataset.commit();
        dataset.end();
        version = announced;
        announced = -1;
        played++;
    }

    @Override
    public void txnAbort() {
        // Also called by the reader when this player refused a patch, before any transaction began.
        close();
        announced = -1;
    }

    /** Aborts the transaction of a patch that did not end. */
    @Override
    public void close() {
        if (dataset.isInTransaction()) {
            dataset.abort();
            dataset.end();
        }
    }

}
