package diplokg.evaluate;

/**
 * Pairwise scores of event clustering: counts of pairs of event mentions put in one happening, over the mentions
 * the per-article event matching aligned with a gold mention.
 *
 * @param truePairs      pairs in one happening in the gold and in one happening in the prediction
 * @param predictedPairs pairs in one predicted happening
 * @param goldPairs      pairs in one gold happening
 * @param matched        aligned mentions, the only ones whose pairs count
 * @param goldMentions   every gold event mention, aligned or not
 */
public record ClusterScore(long truePairs, long predictedPairs, long goldPairs, int matched, int goldMentions) {

    public ClusterScore {
        if (truePairs < 0 || truePairs > predictedPairs || truePairs > goldPairs || matched > goldMentions) {
            throw new IllegalArgumentException("inconsistent clustering counts: " + truePairs + " true of "
                    + predictedPairs + " predicted and " + goldPairs + " gold pairs; " + matched + " of "
                    + goldMentions + " mentions");
        }
    }

    /** True pairs over predicted pairs; 1 when no pair was predicted and none expected. */
    public double precision() {
        return Ratios.precision(truePairs, predictedPairs, goldPairs);
    }

    /** True pairs over gold pairs; 1 when no pair was expected. */
    public double recall() {
        return Ratios.recall(truePairs, predictedPairs, goldPairs);
    }

    public double f1() {
        return Ratios.f1(precision(), recall());
    }
}
