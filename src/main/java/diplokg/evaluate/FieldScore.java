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
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    /** True positives over gold items; 1 when nothing was expected. */
    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of this score's counts and {@code other}'s. */
    FieldScore plus(FieldScore other) {
        return new FieldScore(field, truePositives + other.truePositives, predicted + other.predicted,
                gold + other.gold);
    }
}
