package diplokg;

import diplokg.lexicon.Lexicon;
import diplokg.nlp.FrenchNlp;
import java.nio.file.Path;

/** The project's own folders and the expensive immutable objects built from them, loaded once for all tests. */
public final class ProjectFiles {

    public static final Path ONTOLOGY = Path.of("ontology");
    public static final Path QUERIES = Path.of("queries");
    public static final Path SEEDS = Path.of("seeds");
    public static final Path FUSEKI_CONFIG = Path.of("fuseki-config.ttl");
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static Lexicon lexicon;
    private static FrenchNlp nlp;

    private ProjectFiles() {
    }

    /** The lexicon of {@code ontology/}. */
    public static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = Lexicon.load(ONTOLOGY);
        }
        return lexicon;
    }

    /** The French models. */
    public static synchronized FrenchNlp nlp() {
        if (nlp == null) {
            nlp = FrenchNlp.load();
        }
        return nlp;
    }
}
