package diplokg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.store.FSDirectory;

/**
 * The store's Lucene index, opened on its first use rather than with the store: a command that neither searches nor
 * writes (a saved query, a SPARQL query, {@code stats}) never opens it. Opening it loaded some 570 Lucene classes and
 * took a sixth of a short command's start (about 0.17 s of 1.4 s inside the JVM, {@code query states} at 10,000
 * articles). jena-text asks the index for its {@link EntityDefinition} when the text dataset is made, which needs no
 * Lucene; searches and writes (and TDB2's commit of a write transaction) open it. The index's configuration is made
 * when it opens too: its analyzer reads Lucene's French stop words.
 */
final class LazyTextIndex implements TextIndex {

    private final Path folder;
    private final EntityDefinition definition;
    private final Supplier<TextIndexConfig> config;
    private volatile TextIndexLucene lucene;
    private boolean closed;

    /** An index in {@code folder} of {@code definition}, opened with {@code config} (made then). */
    LazyTextIndex(Path folder, EntityDefinition definition, Supplier<TextIndexConfig> config) {
        this.folder = folder;
        this.definition = definition;
        this.config = config;
    }

    /**
     * The opened index (opening it now if needed).
     *
     * @throws StoreException when the index cannot be opened
     */
    TextIndexLucene lucene() {
        TextIndexLucene opened = lucene;
        if (opened != null) {
            return opened;
        }
        synchronized (this) {
            if (lucene == null) {
                if (closed) {
                    throw new IllegalStateException(folder + ": the full-text index was closed");
                }
                try {
                    lucene = new TextIndexLucene(FSDirectory.open(folder), config.get());
                } catch (IOException | TextIndexException e) {
                    throw new StoreException(folder + ": cannot open the full-text index: " + e.getMessage(), e);
                }
            }
            return lucene;
        }
    }

    /** Whether the index was opened (for tests). */
    boolean isOpen() {
        return lucene != null;
    }

    @Override
    public EntityDefinition getDocDef() {
        return definition;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (lucene != null) {
            lucene.close();
        }
    }

    @Override
    public void prepareCommit() {
        lucene().prepareCommit();
    }

    @Override
    public void commit() {
        lucene().commit();
    }

    @Override
    public void rollback() {
        lucene().rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        lucene().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        lucene().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        lucene().deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return lucene().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String text, String graph, String lang, int limit) {
        return lucene().query(property, text, graph, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String text, String graph, String lang) {
        return lucene().query(property, text, graph, lang);
    }

    @Override
    public List<TextHit> query(Node property, String text, String graph, String lang, int limit, String highlight) {
        return lucene().query(property, text, graph, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String text, String graph, String lang, int limit,
                               String highlight) {
        return lucene().query(props, text, graph, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String text, String graph, String lang, int limit,
                               String highlight) {
        return lucene().query(uri, props, text, graph, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subject, List<Resource> props, String text, String graph, String lang,
                               int limit, String highlight) {
        return lucene().query(subject, props, text, graph, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, Node property, String text, String graph, String lang, int limit,
                               String highlight) {
        return lucene().query(uri, property, text, graph, lang, limit, highlight);
    }
}
