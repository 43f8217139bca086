package diplokg.evaluate;

/** Precision, recall and F1 from counts, with the conventions of the scores for empty sides. */
final class Ratios {

    private Ratios() {
    }

    /** {@code hits} over {@code predicted}; 1 when nothing was predicted and nothing was expected. */
    static double precision(long hits, long predicted, long gold) {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) hits / predicted;
    }

    /** {@code hits} over {@code gold}; 1 when nothing was expected and nothing predicted. */
    static double recall(long hits, long predicted, long gold) {
        return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) hits / gold;
    }

    /** The harmonic mean of precision and recall, 0 when both are. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
