package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.store.ReadTransaction;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/** The baseline: Jena's own TDB2 bulk loader on an N-Quads file, and writing that file from a store. */
final class RawLoader {

    private RawLoader() {
    }

    /** Writes every quad of {@code store} as N-Quads, graph by graph (TDB2's GSPO order); returns the count. */
    static long writeNQuads(TdbStore store, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        long[] count = {0};
        ReadTransaction.execute(store.dataset(), () -> {
            writer.start();
            store.dataset().find().forEachRemaining(q -> {
                writer.quad(q);
                count[0]++;
            });
            writer.finish();
        });
        return count[0];
    }

    /**
     * Loads {@code file} into {@code store} with {@link LoaderFactory}'s default loader, below the full-text index
     * (Jena's loader alone, as {@link TdbStore#bulkLoad} is measured beside it); returns the quads loaded.
     */
    static long loadFile(TdbStore store, Path file) {
        DataLoader loader = LoaderFactory.createLoader(store.unindexedDataset(), (format, args) -> { });
        loader.startBulk();
        try {
            loader.load(file.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads();
    }

    /** Deletes {@code folder} and everything in it, if it exists. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot delete: " + e.getMessage(), e);
        }
    }
}
