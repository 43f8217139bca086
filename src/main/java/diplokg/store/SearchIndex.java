package diplokg.store;

import diplokg.vocab.Dkg;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;

/**
 * The full-text index of a store: article titles ({@code dkg:title}, field {@value #TITLE_FIELD}) and sentence
 * texts ({@code dkg:text}, field {@value #TEXT_FIELD}, the default one) in a Lucene index read with
 * {@link FrenchSearchAnalyzer}, kept in the folder {@value #FOLDER} inside the store folder. TDB2 keeps its data in
 * {@code Data-NNNN} folders and ignores any other, compaction included; the index moves and is deleted with the
 * store.
 *
 * <p>Protocol. {@link #over} wraps a TDB2 dataset as a jena-text dataset: every quad added or deleted through the
 * wrapper updates the index, and jena-text registers the index with TDB2's transaction coordinator, so the index
 * commits or aborts with each write transaction. Writes below the wrapper (the TDB2 bulk loader) are not seen;
 * {@link #rebuild} indexes the whole store again. The index stores the texts, which Lucene's highlighter needs.
 *
 * <p><b>Design decision.</b> A Lucene index accepts one writer per folder, also within one process, while TDB2
 * hands every caller in the process the same dataset for a folder (the server and a store opened by the benchmark,
 * for instance). So the wrapper is kept in that dataset's context and handed out again, one per TDB2 dataset, rather
 * than in a registry of our own; {@link #release} closes it when the dataset leaves the process.
 */
public final class SearchIndex {

    /** The index's folder, inside the store folder. */
    public static final String FOLDER = "text-index";
    /** The Lucene field of article titles. */
    public static final String TITLE_FIELD = "title";
    /** The Lucene field of sentence texts, searched when a query names no property. */
    public static final String TEXT_FIELD = "text";

    private static final Symbol TEXT_DATASET = Symbol.create("https://w3id.org/diplokg/store#textDataset");

    private SearchIndex() {
    }

    /**
     * The text dataset over {@code tdb}, the TDB2 dataset of {@code storeFolder}: the one already made in this
     * process, or a new one whose index opens (created when missing) on its first search or write
     * ({@link LazyTextIndex}); a {@link StoreException} then says when it cannot.
     */
    public static DatasetGraph over(DatasetGraph tdb, Path storeFolder) {
        synchronized (tdb) {
            Object made = tdb.getContext().get(TEXT_DATASET);
            if (made instanceof DatasetGraph text) {
                return text;
            }
            EntityDefinition definition = definition();
            TextIndex index = new LazyTextIndex(storeFolder.resolve(FOLDER), definition, () -> config(definition));
            DatasetGraph text = TextDatasetFactory.create(tdb, index, true);
            tdb.getContext().set(TEXT_DATASET, text);
            return text;
        }
    }

    /** Closes the index of the text dataset made over {@code tdb}, if any; the next {@link #over} opens it again. */
    public static void release(DatasetGraph tdb) {
        synchronized (tdb) {
            Object made = tdb.getContext().get(TEXT_DATASET);
            if (made instanceof DatasetGraphText text) {
                tdb.getContext().remove(TEXT_DATASET);
                text.getTextIndex().close();
            }
        }
    }

    /**
     * Empties the index of {@code text} (a dataset made by {@link #over}) and indexes every title and sentence text
     * the store holds, in one write transaction: readers see the old index until it commits, and nothing changes
     * when it fails.
     *
     * @return the number of texts indexed
     */
    public static long rebuild(DatasetGraph text) {
        if (!(text instanceof DatasetGraphText indexed)
                || !(indexed.getTextIndex() instanceof LazyTextIndex index)) {
            throw new IllegalArgumentException("not a dataset with diplokg's full-text index: " + text);
        }
        TextIndexLucene lucene = index.lucene();
        EntityDefinition definition = lucene.getDocDef();
        return Txn.calculateWrite(indexed, () -> {
            try {
                lucene.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new TextIndexException("deleteAll", e);
            }
            long texts = 0;
            for (Node predicate : List.of(Dkg.title.asNode(), Dkg.text.asNode())) {
                var quads = indexed.getBase().find(Node.ANY, Node.ANY, predicate, Node.ANY);
                while (quads.hasNext()) {
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, quads.next());
                    if (entity != null) {
                        lucene.addEntity(entity);
                        texts++;
                    }
                }
            }
            return texts;
        });
    }

    private static EntityDefinition definition() {
        // The uid field lets deletions find the document of one quad; the graph field keeps the same text in two
        // graphs apart; the language field gives highlighted titles back their @fr.
        EntityDefinition definition = new EntityDefinition("uri", TEXT_FIELD, "graph", Dkg.text.asNode());
        definition.set(TITLE_FIELD, Dkg.title.asNode());
        definition.setUidField("uid");
        definition.setLangField("lang");
        return definition;
    }

    /** Made when the index opens: the analyzer reads Lucene's French stop words. */
    private static TextIndexConfig config(EntityDefinition definition) {
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new FrenchSearchAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
