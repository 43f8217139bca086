package diplokg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfpatch.text.RDFPatchReaderText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The diplokg store: a TDB2 database in a folder, one named graph per article.
 *
 * <p>Protocol. {@link #open(Path)} connects to (or creates) the database; the process then holds TDB2's lock on
 * the folder until {@link #close()}. Writes go through {@link #replaceGraphs(List)}, which replaces whole named graphs
 * inside one write transaction: either every graph of the batch is replaced or, when anything throws, the
 * transaction aborts and the store is as before (Jena's {@code Txn} guarantee). Into an empty store,
 * {@link #bulkLoad(Iterator)} uses the TDB2 bulk loader instead, which is several times faster but may only add.
 *
 * <p>Cost. Every TDB2 commit appends new blocks to the database files, so many small commits make the store grow
 * far beyond its data; a whole load is one commit ({@link #replaceGraphs(Iterator)}), and {@link #compact()}
 * reclaims what commits left behind.
 * Thread-safety is TDB2's: many readers, one writer at a time.
 *
 * <p>Size. Over 300 lines because it is the one owner of every way the store is written or filled (replace, remove,
 * bulk load, play patches, restore a dump), so that each goes through the same index and log; the work of each is
 * in its own class ({@link LoggedDataset}, {@link PatchPlayer}, {@link SearchIndex}).
 *
 * <p>Patch log. {@link #dataset()} records every committed write transaction, as an RDF Patch, in the store's
 * {@link PatchLog} ({@link LoggedDataset}); the bulk loader's load is recorded after it as one patch.
 *
 * <p>Full-text index. {@link #dataset()} is TDB2 wrapped by jena-text ({@link SearchIndex}): every write through it,
 * these methods' and SPARQL Update's alike, updates the index of titles and sentences in the same transaction. The
 * bulk loader writes below the wrapper, so {@link #bulkLoad} indexes what it loaded before it returns.
 */
public final class TdbStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TdbStore.class);

    /**
     * TDB2's node caches made smaller than its defaults (750,000 ids to nodes, 200,000 nodes to ids). A load puts
     * every new node in both; an article brings some thirty new ones (sentence texts and IRIs, dates), used by that
     * article alone. With the defaults the caches kept the live heap of a load near 380 MB of a 1 GiB heap, each
     * node pushed out again after reaching the old generation, and G1 ran concurrent marking for 79 s of a 140 s load
     * (40,000 generated articles, -Xmx1g): 290-310 articles/s with the defaults, 340-420 with these, and 363 instead
     * of 208 at 100,000 articles; first runs of the saved queries got faster too (0.1-18 s instead of 0.2-34 s).
     */
    private static final int NODE_CACHE_SIZE = 100_000;
    private static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .nodeId2NodeCacheSize(NODE_CACHE_SIZE)
            .node2NodeIdCacheSize(NODE_CACHE_SIZE)
            .build();

    /** The file, in the store's folder, naming the rules of {@link DerivedGraph} its derived graph was made by. */
    static final String RULES_FILE = "derived-rules";

    private final Path folder;
    private final DatasetGraph tdb;
    /** {@link #tdb} with the full-text index; a new one after {@link #compact()}. */
    private DatasetGraph indexed;
    /** {@link #indexed} with every write recorded in the patch log; a new one after {@link #compact()}. */
    private LoggedDataset dataset;
    private DerivedGraph derived = DerivedGraph.NONE;

    private TdbStore(Path folder, DatasetGraph tdb) {
        this.folder = folder;
        this.tdb = tdb;
        boolean indexMissing = !Files.isDirectory(folder.resolve(SearchIndex.FOLDER));
        this.indexed = SearchIndex.over(tdb, folder);
        this.dataset = LoggedDataset.over(tdb, indexed, folder);
        if (indexMissing && !isEmpty()) {
            // A store written before the index existed, or whose index folder was deleted: without this, searches
            // would silently find nothing.
            LOG.info("{}: the full-text index is missing; building it from the store", folder);
            LOG.info("{}: indexed {} titles and sentences", folder, reindex());
        }
        if (dataset.version() == 0 && dataset.log().newest().isEmpty() && !isEmpty()) {
            // A store written before the patch log existed, or a bulk load that stopped before its patch was
            // recorded: its whole content becomes the first patch, so that a replica can start from version 0.
            LOG.info("{}: the store has no patch log; recording its content as version 1", folder);
            Txn.executeWrite(dataset, dataset::recordContents);
        }
    }

    /**
     * Opens the store in {@code folder}, creating it when missing.
     *
     * @throws StoreLockedException when another process holds the store
     * @throws StoreException       when the folder cannot hold a TDB2 database
     */
    public static TdbStore open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot create the store folder: " + e.getMessage(), e);
        }
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(Location.create(folder), PARAMS);
        } catch (DBOpEnvException e) {
            // TDB2's type for a lock held elsewhere, and for other failures of the database's environment.
            OptionalLong holder = LockFile.otherHolder(folder);
            if (holder.isPresent()) {
                throw new StoreLockedException(folder, holder, e);
            }
            throw new StoreException(folder + ": cannot open the TDB2 store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": cannot open the TDB2 store: " + e.getMessage(), e);
        }
        try {
            return new TdbStore(folder, tdb);
        } catch (RuntimeException e) {
            // Without its index the store is not opened: release TDB2's lock on the folder too.
            TDBInternal.expel(tdb);
            throw e;
        }
    }

    /**
     * Keeps {@code graph} in step with the article graphs from now on: every write of this store updates it in the
     * same transaction. Returns this store.
     */
    public TdbStore deriving(DerivedGraph graph) {
        this.derived = Objects.requireNonNull(graph, "derived graph");
        if (graph == DerivedGraph.NONE || graph.rules().equals(derivedRules())) {
            return this;
        }
        if (isEmpty()) {
            recordRules();
            return this;
        }
        // Derived by other rules, by none (written before the layer or without it), or restored from elsewhere:
        // queries reading what the current rules add would answer empty without a word.
        LOG.info("{}: the derived graph was made by other rules than '{}'; deriving it again from the article graphs",
                folder, graph.rules());
        long start = System.nanoTime();
        rederive();
        LOG.info("{}: derived again in {} s", folder, (System.nanoTime() - start) / 1_000_000_000);
        return this;
    }

    /**
     * Replaces the derived graph with a derivation from scratch, in one write transaction (in the patch log, so that
     * replicas follow), and records the rules that derived it. A derivation that changes nothing is not committed: a
     * store whose graph was already right keeps its version, and its log no empty patch.
     */
    public void rederive() {
        dataset.begin(TxnType.WRITE);
        try {
            if (derived.rederive(dataset)) {
                dataset.commit();
            } else {
                dataset.abort();
            }
        } finally {
            dataset.end();
        }
        recordRules();
    }

    /** The rules the stored derived graph was made by, as recorded beside it; empty when none were. */
    public String derivedRules() {
        Path file = folder.resolve(RULES_FILE);
        try {
            return Files.exists(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the rules of the derived graph: " + e.getMessage(), e);
        }
    }

    /** Written after the commit: a crash between the two costs one more derivation at the next open, nothing else. */
    private void recordRules() {
        Path file = folder.resolve(RULES_FILE);
        try {
            Files.writeString(file, derived.rules() + "\n");
        } catch (IOException e) {
            throw new StoreException(file + ": cannot record the rules of the derived graph: " + e.getMessage(), e);
        }
    }

    /**
     * The dataset for writers other than this class's write methods (Fuseki's update and graph store services):
     * every write transaction on it keeps the derived graph in step too, at commit.
     */
    public DatasetGraph maintainedDataset() {
        return new MaintainedDataset(dataset, derived);
    }

    /** The derived graph this store keeps in step ({@link DerivedGraph#NONE} unless set). */
    public DerivedGraph derived() {
        return derived;
    }

    /** The store's folder. */
    public Path folder() {
        return folder;
    }

    /**
     * The store's dataset (TDB2 with the full-text index); use it inside transactions. Compaction replaces it: ask
     * again after {@link #compact()}.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * The TDB2 dataset below the full-text index and the patch log. What is written to it bypasses both: the index
     * falls out of step until {@link #reindex()}, and replicas never see it. For measuring Jena's own TDB2 loader
     * beside {@link #bulkLoad}, nothing else.
     */
    public DatasetGraph unindexedDataset() {
        return tdb;
    }

    /** The log of every committed change to this store ({@code patches/} in its folder). */
    public PatchLog patchLog() {
        return dataset.log();
    }

    /** The store's version: the number of the last patch committed, 0 for a store never written. */
    public long version() {
        return dataset.version();
    }

    /**
     * Plays the patches of {@code patches} (RDF Patch text, as {@code /kg/patches} serves the log of another store)
     * into this store, each in one write transaction that also counts its version. Returns the store's version
     * after the last whole patch; a patch cut off before its end is not written.
     *
     * @throws StoreException when a patch does not follow the store's version, or cannot be read or written; the
     *                        patches before it stay
     */
    public long play(InputStream patches) {
        long before = version();
        PatchPlayer player = new PatchPlayer(dataset, before);
        try (player) {
            new RDFPatchReaderText(patches).apply(player);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": patch to version " + (player.version() + 1) + " not applied, the"
                    + " store stays at version " + player.version() + ": " + e.getMessage(), e);
        }
        forgetRules();
        return player.version();
    }

    /**
     * Fills this empty store with {@code nquads}, a dump of another store at version {@code version} (its
     * {@code /dumps/diplokg.nq.gz}, unzipped), in one write transaction that also sets this store's version: the
     * start of a replica when the other store's log has been trimmed. Blank nodes keep their labels, so that the
     * patches that follow find them. Not recorded in this store's log, which then starts after {@code version}.
     *
     * @throws StoreException when this store is not empty, or the dump cannot be read; nothing is then written
     */
    public void restore(InputStream nquads, long version) {
        if (version() != 0 || !isEmpty()) {
            throw new StoreException(folder + ": a dump is restored into an empty store only");
        }
        try {
            Txn.executeWrite(indexed, () -> {
                RDFParser.source(nquads).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelEncoded())
                        .parse(StreamRDFLib.dataset(indexed));
                PatchLog.storeVersion(indexed, version);
            });
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": restore aborted, store unchanged: " + e.getMessage(), e);
        }
        dataset.log().trim(version, version);
        forgetRules();
    }

    /** What another store derived, by whatever rules: the next {@link #deriving} open checks it again. */
    private void forgetRules() {
        try {
            Files.deleteIfExists(folder.resolve(RULES_FILE));
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot remove " + RULES_FILE + ": " + e.getMessage(), e);
        }
    }

    /** Whether the store holds no quad at all. */
    public boolean isEmpty() {
        return ReadTransaction.calculate(dataset, dataset::isEmpty);
    }

    /** Whether the store holds the named graph {@code iri}. */
    public boolean containsGraph(String iri) {
        return ReadTransaction.calculate(dataset, () -> dataset.containsGraph(NodeFactory.createURI(iri)));
    }

    /**
     * Replaces each named graph of {@code graphs} in one write transaction: every triple the store held in that
     * graph is removed, the new ones added. Nothing is written when anything fails.
     */
    public void replaceGraphs(List<NamedGraph> graphs) {
        replaceGraphs(graphs.iterator());
    }

    /**
     * Replaces each named graph {@code graphs} yields, all in one write transaction, and returns the number of quads
     * written. Nothing is written when anything fails, the iterator included.
     *
     * <p>Why one transaction for a whole load: TDB2 writes copy-on-write, and each commit leaves behind the old copy
     * of every index block it changed. Articles touch blocks all over the six quad indexes, so a load of 10,000
     * articles into a 100k store in 20 commits of 500 doubled the store on disk (6.5 to 13.1 GB, compacted 6.6 GB);
     * in one commit each block is copied once.
     */
    public long replaceGraphs(Iterator<NamedGraph> graphs) {
        try {
            return Txn.calculateWrite(dataset, () -> {
                long quads = 0;
                Set<Node> changed = new HashSet<>();
                DerivedGraph.Write write = derived.write();
                while (graphs.hasNext()) {
                    NamedGraph graph = graphs.next();
                    Node name = NodeFactory.createURI(graph.iri());
                    if (changed.add(name)) {
                        write.beforeChange(dataset, name);
                    }
                    replace(graph);
                    quads += graph.graph().size();
                }
                write.update(dataset, changed);
                return quads;
            });
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": write aborted, store unchanged: " + e.getMessage(), e);
        }
    }

    /** Removes the named graphs {@code iris} in one write transaction. */
    public void removeGraphs(List<String> iris) {
        try {
            Txn.executeWrite(dataset, () -> {
                Set<Node> changed = new HashSet<>();
                DerivedGraph.Write write = derived.write();
                iris.forEach(iri -> {
                    Node graph = NodeFactory.createURI(iri);
                    if (changed.add(graph)) {
                        write.beforeChange(dataset, graph);
                    }
                    dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                });
                write.update(dataset, changed);
            });
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": removal aborted, store unchanged: " + e.getMessage(), e);
        }
    }

    /**
     * Adds {@code graphs} through the TDB2 bulk loader. For an empty store only: the loader adds quads and does not
     * replace graphs. On failure the loader's {@code finishException} protocol aborts the load.
     *
     * @return the number of quads loaded
     */
    public long bulkLoad(Iterator<NamedGraph> graphs) {
        DataLoader loader =
                LoaderFactory.createLoader(tdb, (format, args) -> LOG.debug(String.format(format, args)));
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            DerivedGraph.BulkDerivation derivation = derived.bulk();
            while (graphs.hasNext()) {
                NamedGraph named = graphs.next();
                derivation.add(named);
                load(named, stream);
            }
            // Derived from what was streamed, loaded in the same bulk load: never a store without it.
            derivation.derived().forEach(named -> load(named, stream));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException(folder + ": bulk load aborted: " + e.getMessage(), e);
        }
        // The store was empty, so indexing the whole store indexes exactly what was loaded, and its whole content
        // is the patch of the load. A crash between the two leaves a store with data at its old version; an empty
        // log with such a store is recorded at the next open (see the constructor), a longer one is not.
        reindex();
        Txn.executeWrite(dataset, dataset::recordContents);
        return loader.countQuads();
    }

    /**
     * Rebuilds the full-text index from the store, in one write transaction; the old index stays in use until it
     * commits.
     *
     * @return the number of titles and sentence texts indexed
     */
    public long reindex() {
        try {
            return SearchIndex.rebuild(indexed);
        } catch (RuntimeException e) {
            throw new StoreException(folder + ": reindexing aborted, index unchanged: " + e.getMessage(), e);
        }
    }

    /**
     * The value of {@code property} on subjects of each of {@code graphs} that has one, e.g. each article graph's
     * content hash. One index lookup per graph: checking five files against a store of 100,000 articles reads five
     * entries, not the whole store.
     */
    public Map<String, String> graphValues(String property, Collection<String> graphs) {
        Node predicate = NodeFactory.createURI(property);
        return ReadTransaction.calculate(dataset, () -> {
            Map<String, String> values = new HashMap<>();
            for (String graph : graphs) {
                dataset.find(NodeFactory.createURI(graph), Node.ANY, predicate, Node.ANY).forEachRemaining(q ->
                        values.put(graph, q.getObject().getLiteralLexicalForm()));
            }
            return values;
        });
    }

    /** Triples per named graph, largest first, and the number of quads overall. */
    public List<GraphStats> graphStats() {
        return ReadTransaction.calculate(dataset, () -> {
            List<GraphStats> stats = new ArrayList<>();
            String query = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) ?g";
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                ResultSet results = exec.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    stats.add(new GraphStats(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
                }
            }
            return stats;
        });
    }

    /** Bytes the store takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(TdbStore::size).sum();
        } catch (IOException e) {
            throw new StoreException(folder + ": cannot measure the store: " + e.getMessage(), e);
        }
    }

    /** Compacts the database into a new generation and deletes the old one, reclaiming the space of old commits. */
    public void compact() {
        long before = sizeOnDisk();
        // jena-text hooks the index into the transaction coordinator of the current generation; the new generation
        // has its own, so the index is closed and opened again over it.
        SearchIndex.release(tdb);
        DatabaseMgr.compact(tdb, true);
        indexed = SearchIndex.over(tdb, folder);
        dataset = LoggedDataset.over(tdb, indexed, folder);
        LOG.info("Compacted {} from {} to {} bytes", folder, before, sizeOnDisk());
    }

    /** Releases the store and TDB2's lock on its folder. */
    @Override
    public void close() {
        SearchIndex.release(tdb);
        TDBInternal.expel(tdb);
    }

    private static void load(NamedGraph named, StreamRDF stream) {
        Node graph = NodeFactory.createURI(named.iri());
        named.graph().find().forEachRemaining(t -> stream.quad(Quad.create(graph, t)));
    }

    private void replace(NamedGraph named) {
        Node graph = NodeFactory.createURI(named.iri());
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> triples = named.graph().find();
        while (triples.hasNext()) {
            dataset.add(Quad.create(graph, triples.next()));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
