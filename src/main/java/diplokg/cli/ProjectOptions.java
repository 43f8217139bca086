package diplokg.cli;

import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the project's files are: the store, the ontology, the saved queries, the server configuration. Defaults are
 * relative to the diplokg home (the {@code DIPLOKG_HOME} environment variable the launcher sets, else the current
 * folder); paths given on the command line are relative to the current folder.
 */
public final class ProjectOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", description = "Ontology folder (default: ontology).")
    Path ontology;

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved-query folder (default: queries).")
    Path queries;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI of resources (default: ${DEFAULT-VALUE}).",
            defaultValue = BaseIri.DEFAULT_VALUE)
    String base;

    /** The diplokg home folder. */
    public static Path home() {
        String home = System.getenv("DIPLOKG_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }

    public Path data() {
        return data != null ? data : home().resolve("data/tdb2");
    }

    public Path ontology() {
        return ontology != null ? ontology : home().resolve("ontology");
    }

    public Path queries() {
        return queries != null ? queries : home().resolve("queries");
    }

    public Path fusekiConfig() {
        return home().resolve("fuseki-config.ttl");
    }

    public Path seeds() {
        return home().resolve("seeds");
    }

    /** Opens the store with the knowledge layer kept in step by its writes. */
    public TdbStore openStore() {
        return TdbStore.open(data()).deriving(new KnowledgeLayer(base()));
    }

    public BaseIri base() {
        return new BaseIri(base == null ? BaseIri.DEFAULT_VALUE : base);
    }
}
