package diplokg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the changes of the current write transaction as the next patch of a {@link PatchLog}: the header
 * {@code H version N}, {@code TX}, one {@code A}/{@code D} row per quad added or deleted, {@code TC}. The file is
 * opened at the first change, so a transaction that changes nothing leaves no patch and no new version.
 *
 * <p>Protocol, driven by {@link LoggedDataset}: changes arrive inside a write transaction (the store's write lock is
 * held); {@link #txnCommit} forces the patch to disk and counts its version in the store, still inside the
 * transaction; {@link #committed} after the commit publishes the file; {@link #txnAbort} or {@link #ended} without a
 * commit deletes it. {@link #txnBegin} does nothing: Jena calls it before the write lock is taken. State is per thread,
 * so the end of one writer's commit and the start of the next never share it. Prefix changes are left out of the
 * feed (the store's own prefix is its version), as are headers, segments, start and finish ({@link RDFChangesBase}).
 */
final class PatchRecorder extends RDFChangesBase {

    /** The header naming the version a patch leads to. */
    static final String VERSION_HEADER = "version";
    private static final Logger LOG = LoggerFactory.getLogger(PatchRecorder.class);

    private final PatchLog log;
    private final DatasetGraph base;
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    /**
     * @param log  the log the patches go to
     * @param base the dataset below the recording wrapper, where the version is read and written unrecorded
     */
    PatchRecorder(PatchLog log, DatasetGraph base) {
        this.log = log;
        this.base = base;
    }

    /** A patch being written, and whether its transaction has reached its commit. */
    private static final class Pending {
        final long version;
        final FileChannel channel;
        final OutputStream out;
        final RDFChangesWriterText writer;
        boolean forced;

        Pending(long version, FileChannel channel) {
            this.version = version;
            this.channel = channel;
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            this.writer = RDFPatchOps.textWriter(out);
        }
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        pending().writer.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        pending().writer.delete(g, s, p, o);
    }

    @Override
    public void txnCommit() {
        Pending current = pending.get();
        if (current == null) {
            return;
        }
        try {
            current.writer.txnCommit();
            current.writer.finish();
            current.out.flush();
            current.channel.force(true);
            current.channel.close();
        } catch (IOException e) {
            throw new StoreException(log.pendingOf(current.version) + ": cannot write the patch; transaction aborted: "
                    + e.getMessage(), e);
        }
        current.forced = true;
        PatchLog.storeVersion(base, current.version);
    }

    @Override
    public void txnAbort() {
        ended();
    }

    /** After a commit: the patch of the transaction, if any, joins the log. */
    void committed() {
        Pending current = pending.get();
        if (current != null && current.forced) {
            pending.remove();
            log.publish(current.version);
        }
    }

    /** After a commit that failed: a patch forced to disk is left pending for {@link PatchLog#recover}. */
    void keepPending() {
        Pending current = pending.get();
        if (current != null && current.forced) {
            pending.remove();
        }
    }

    /** After a transaction ended without commit (abort, or end of a write): its patch, if any, is deleted. */
    void ended() {
        Pending current = pending.get();
        if (current == null) {
            return;
        }
        pending.remove();
        try {
            current.channel.close();
        } catch (IOException e) {
            LOG.debug("{}: closing the uncommitted patch: {}", log.pendingOf(current.version), e.getMessage());
        }
        log.discard(current.version);
    }

    private Pending pending() {
        Pending current = pending.get();
        if (current != null) {
            return current;
        }
        long version = PatchLog.storedVersion(base) + 1;
        try {
            FileChannel channel = FileChannel.open(log.pendingOf(version), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            current = new Pending(version, channel);
        } catch (IOException e) {
            throw new UncheckedIOException(log.pendingOf(version) + ": cannot write the patch", e);
        }
        current.writer.header(VERSION_HEADER, NodeFactory.createLiteralDT(Long.toString(version),
                XSDDatatype.XSDinteger));
        current.writer.txnBegin();
        pending.set(current);
        return current;
    }
}
