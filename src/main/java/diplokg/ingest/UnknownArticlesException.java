package diplokg.ingest;

import diplokg.DiplokgException;
import java.util.List;

/** Articles asked for by id that the store does not hold. */
public final class UnknownArticlesException extends DiplokgException {

    private final List<String> missing;

    public UnknownArticlesException(List<String> missing) {
        super("not in the store, so nothing was removed: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    /** The ids the store does not hold. */
    public List<String> missing() {
        return missing;
    }
}
