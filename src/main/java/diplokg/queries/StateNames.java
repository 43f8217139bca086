package diplokg.queries;

import java.util.Optional;

/** The states a parameter may name without an IRI: by ISO code ({@code RU}) or by name ({@code Russie}). */
@FunctionalInterface
public interface StateNames {

    /** The ISO 3166-1 code of the state {@code written} names, if it names one. */
    Optional<String> code(String written);
}
