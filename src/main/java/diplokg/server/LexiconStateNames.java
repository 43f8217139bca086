package diplokg.server;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.StateEntry;
import diplokg.queries.StateNames;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The states of the ontology's lexicon: a state written by its ISO 3166-1 code ({@code RU}, any case) or one of the
 * names the ontology gives it ({@code Russie}). The lexicon is read the first time a value needs it, so a query given
 * IRIs only costs nothing more. Thread-safe. Here rather than in {@code queries}, which comes before the lexicon's
 * users in the flow: the server and the command line hand it to {@link diplokg.queries.ParameterValues}.
 */
public final class LexiconStateNames implements StateNames {

    private final Supplier<Lexicon> source;
    private volatile Lexicon lexicon;

    private LexiconStateNames(Supplier<Lexicon> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The states of the ontology in {@code folder}, read when first needed. */
    public static LexiconStateNames of(Path folder) {
        return new LexiconStateNames(() -> Lexicon.load(folder));
    }

    /** The states of {@code lexicon}. */
    public static LexiconStateNames of(Lexicon lexicon) {
        return new LexiconStateNames(() -> lexicon);
    }

    @Override
    public Optional<String> code(String written) {
        String value = written.strip();
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{2}") && lexicon().state(upper).isPresent()) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(lexicon().stateNames().lookup(value)).map(StateEntry::code);
    }

    /** The lexicon, read on the first call; the server's article pipeline shares it rather than reading it again. */
    Lexicon lexicon() {
        Lexicon read = lexicon;
        if (read == null) {
            synchronized (this) {
                if (lexicon == null) {
                    lexicon = source.get();
                }
                read = lexicon;
            }
        }
        return read;
    }
}
