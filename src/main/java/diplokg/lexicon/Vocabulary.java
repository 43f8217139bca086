package diplokg.lexicon;

import java.util.Map;
import java.util.Optional;

/** The concepts of one scheme, by id and by French surface form. */
public record Vocabulary(Scheme scheme, Map<String, Concept> byId, PhraseTable<Concept> phrases) {

    public Vocabulary {
        byId = Map.copyOf(byId);
    }

    /** The concept with notation {@code id}. */
    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
