package diplokg.fact;



/** The year a pair established diplomatic relations, stated or derived from an anniversary. */
public record Establishment(StatePair pair, int year) {

    public Establishment {
        if (pair == null || year < 1600 || year > 2200) {
            throw new IllegalArgumentException("implausible establishment " + pair + " " + year);
        }
    }
}
