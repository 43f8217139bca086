package diplokg.server;

import diplokg.store.PatchLog;
import diplokg.store.ReadTransaction;
import diplokg.store.StoreExporter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code GET /dumps/diplokg.nq.gz}: the whole store, every named graph, as gzipped N-Quads. The quads stream from
 * the store to the client inside one read transaction, so the dump is a consistent snapshot and is never held in
 * memory; TDB2 lets writers commit meanwhile. The header {@code Diplokg-Version} is the version of that snapshot in
 * the change feed ({@code /kg/patches}).
 */
final class DumpServlet extends GuardedServlet {

    private final transient DatasetGraph dataset;

    DumpServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // One read transaction for the version header and the quads: a replica restoring the dump follows the
        // change feed from exactly that version.
        ReadTransaction.execute(dataset, () -> {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/gzip");
            response.setHeader("Content-Disposition", "attachment; filename=\"diplokg.nq.gz\"");
            response.setHeader(PatchFeedServlet.VERSION_HEADER, Long.toString(PatchLog.storedVersion(dataset)));
            try (OutputStream out = new GZIPOutputStream(response.getOutputStream(), 1 << 16)) {
                StoreExporter.writeQuads(dataset, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
