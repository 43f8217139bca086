package diplokg.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scores of every field of the contract, in the contract's order, over the articles of one gold folder, and the
 * score of event clustering when the gold names happenings (reported beside the fields, not in the macro F1).
 */
public record Evaluation(int articles, List<FieldScore> fields, Optional<ClusterScore> clustering) {

    public Evaluation {
        fields = List.copyOf(fields);
        Objects.requireNonNull(clustering, "clustering");
    }

    /** Field scores without a clustering score. */
    public Evaluation(int articles, List<FieldScore> fields) {
        this(articles, fields, Optional.empty());
    }

    /** The same field scores with {@code score} as the clustering score. */
    public Evaluation withClustering(ClusterScore score) {
        return new Evaluation(articles, fields, Optional.of(score));
    }

    /** The mean F1 of the fields in the macro F1 ({@link Scorer#macroFields()}). */
    public double macroF1() {
        return macroScores().mapToDouble(FieldScore::f1).average().orElse(0);
    }

    /** The lowest F1 of any field in the macro F1. */
    public double minimumF1() {
        return macroScores().mapToDouble(FieldScore::f1).min().orElse(0);
    }

    private Stream<FieldScore> macroScores() {
        List<String> macro = Scorer.macroFields();
        return fields.stream().filter(f -> macro.contains(f.field()));
    }

    /** The score of one field. */
    public FieldScore field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }
}
