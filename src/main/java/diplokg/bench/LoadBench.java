package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.ingest.ArticlePipeline;
import diplokg.ingest.IngestListener;
import diplokg.ingest.IngestOptions;
import diplokg.ingest.IngestReport;
import diplokg.ingest.Ingester;
import diplokg.store.NamedGraph;
import diplokg.store.ReadTransaction;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;

/**
 * Loading, side by side on the same data: the end-to-end ingest of the corpus into an empty store, the raw TDB2 bulk
 * loader on an N-Quads file written from that store, {@link TdbStore#bulkLoad} alone on the same quads (its graphs read
 * back from the file), and then an incremental ingest of more articles into the full store with its size before and
 * after compaction.
 */
final class LoadBench {

    private static final int BATCH = 500;

    private final ArticlePipeline pipeline;
    private final NamedGraph reference;
    private final int threads;
    private final IngestListener progress;

    LoadBench(ArticlePipeline pipeline, NamedGraph reference, int threads, IngestListener progress) {
        this.pipeline = pipeline;
        this.reference = reference;
        this.threads = threads;
        this.progress = progress;
    }

    /** Ingests {@code articles} into the empty store and compares its load with the raw loaders. */
    Section load(TdbStore store, Path articles, Path work) {
        IngestReport ingest = new Ingester(pipeline, store, reference, new IngestOptions(threads, BATCH, true, 0),
                progress).ingest(List.of(articles));
        long size = store.sizeOnDisk();
        Path quads = work.resolve("store.nq");
        long written = writeQuads(store, quads);
        double raw = timedLoad(work.resolve("raw-tdb2"), written, s -> RawLoader.loadFile(s, quads));
        double ours = timedLoad(work.resolve("bulk-tdb2"), written, s -> s.bulkLoad(NQuadGraphs.read(quads)));
        double seconds = ingest.elapsed().toNanos() / 1e9;
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("ingest, end to end (extract + map + bulk load)", ingest.loaded(), ingest.quads(),
                ingest.loaded() / seconds, ingest.quads() / seconds));
        rows.add(List.of("TdbStore.bulkLoad alone, graphs read from N-Quads", ingest.loaded(), written, "", ours));
        rows.add(List.of("raw TDB2 bulk loader (LoaderFactory) on the N-Quads", ingest.loaded(), written, "", raw));
        rows.add(List.of("store size on disk (MB)", ingest.loaded(), ingest.quads(), "", size / 1e6));
        long knowledge = ReadTransaction.calculate(store.dataset(), () -> (long) store.dataset()
                .getGraph(NodeFactory.createURI(pipeline.base().knowledgeGraph())).size());
        rows.add(List.of("of which the knowledge graph (quads; % of the store's quads)", ingest.loaded(), knowledge, "",
                100.0 * knowledge / Math.max(1, written)));
        deleteQuietly(quads);
        return new Section("load", "Load into an empty store",
                List.of("what", "articles", "quads", "articles/s", "quads/s (MB for size)"), rows);
    }

    /** What a store reused from an earlier run holds: its quads, its knowledge graph's share and its size on disk. */
    static Section stored(TdbStore store, BaseIri base) {
        long quads = ReadTransaction.calculate(store.dataset(), () -> Iter.count(store.dataset().find()));
        long knowledge = ReadTransaction.calculate(store.dataset(), () -> (long) store.dataset()
                .getGraph(NodeFactory.createURI(base.knowledgeGraph())).size());
        return new Section("store", "The store reused", List.of("figure", "value"), List.of(
                List.of("quads", quads),
                List.of("knowledge graph (triples)", knowledge),
                List.of("knowledge graph, % of the quads", 100.0 * knowledge / Math.max(1, quads)),
                List.of("knowledge graph, % on top of the other quads", 100.0 * knowledge / Math.max(1,
                        quads - knowledge)),
                List.of("rules of the knowledge graph", store.derivedRules()),
                List.of("size on disk (MB)", store.sizeOnDisk() / 1e6)));
    }

    /** Ingests {@code articles} more into the non-empty store, then compacts it. */
    Section addMore(TdbStore store, Path articles) {
        long before = store.sizeOnDisk();
        IngestReport report = new Ingester(pipeline, store, reference, new IngestOptions(threads, BATCH, true, 0),
                progress).ingest(List.of(articles));
        long after = store.sizeOnDisk();
        long start = System.nanoTime();
        store.compact();
        double compaction = (System.nanoTime() - start) / 1e9;
        long compacted = store.sizeOnDisk();
        List<List<Object>> rows = List.of(
                List.of("articles added", report.loaded()),
                List.of("articles/s", report.rate()),
                List.of("quads/s", report.quads() / Math.max(report.elapsed().toNanos() / 1e9, 1e-9)),
                List.of("store size before (MB)", before / 1e6),
                List.of("store size after (MB)", after / 1e6),
                List.of("store size after compaction (MB)", compacted / 1e6),
                List.of("after / compacted", after / (double) Math.max(1, compacted)),
                List.of("compaction (s)", compaction));
        return new Section("incremental", "Incremental ingest into the existing store", List.of("figure", "value"),
                rows);
    }

    private static long writeQuads(TdbStore store, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            return RawLoader.writeNQuads(store, out);
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot write the N-Quads: " + e.getMessage(), e);
        }
    }

    /** Quads per second of {@code load} into a fresh store in {@code folder}, deleted afterwards. */
    private static double timedLoad(Path folder, long quads, java.util.function.ToLongFunction<TdbStore> load) {
        RawLoader.delete(folder);
        long start = System.nanoTime();
        try (TdbStore fresh = TdbStore.open(folder)) {
            load.applyAsLong(fresh);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        RawLoader.delete(folder);
        return quads / Math.max(seconds, 1e-9);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover N-Quads file in the bench folder is harmless.
        }
    }
}
