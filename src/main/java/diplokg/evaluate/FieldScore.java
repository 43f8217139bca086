package diplokg.evaluate;

/** Micro-averaged counts of one field over all articles, and the precision, recall and F1 they give. */
public record FieldScore(String field, int truePositives, int predicted, int gold) {

    public FieldScore {
        if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
            throw new IllegalArgumentException(field + ": " + truePositives + " true positives out of " + predicted
                    + " predicted and " + gold + " gold");
        }
    }

    /** True positives over predicted items; 1 when nothing was predicted and nothing was expected. */
    public double precision() {
        return Ratios.precision(truePositives, predicted, gold);
    }

    /** True positives over gold items; 1 when nothing was expected. */
    public double recall() {
        return Ratios.recall(truePositives, predicted, gold);
    }

    public double f1() {
        return Ratios.f1(precision(), recall());
    }

    /** The sum of this score's counts and {@code other}'s. */
    FieldScore plus(FieldScore other) {
        return new FieldScore(field, truePositives + other.truePositives, predicted + other.predicted,
                gold + other.gold);
    }
}
