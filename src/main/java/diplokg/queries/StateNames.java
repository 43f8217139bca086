package diplokg.queries;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.StateEntry;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A state as people write it in a parameter: its ISO 3166-1 code ({@code RU}, any case) or one of the names the
 * ontology gives it ({@code Russie}). The lexicon is read the first time a value needs it, so a query given IRIs
 * only costs nothing more. Thread-safe.
 */
public final class StateNames {

    private final Supplier<Lexicon> source;
    private volatile Lexicon lexicon;

    private StateNames(Supplier<Lexicon> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The states of the ontology in {@code folder}, read when first needed. */
    public static StateNames of(Path folder) {
        return new StateNames(() -> Lexicon.load(folder));
    }

    /** The states of {@code lexicon}. */
    public static StateNames of(Lexicon lexicon) {
        return new StateNames(() -> lexicon);
    }

    /** The ISO code of the state {@code written} names, if it names one. */
    public Optional<String> code(String written) {
        String value = written.strip();
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.matches("[A-Z]{2}") && lexicon().state(upper).isPresent()) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(lexicon().stateNames().lookup(value)).map(StateEntry::code);
    }

    private Lexicon lexicon() {
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
