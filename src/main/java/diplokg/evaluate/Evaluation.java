package diplokg.evaluate;

import java.util.List;

/** The scores of every field of the contract, in the contract's order, over the articles of one gold folder. */
public record Evaluation(int articles, List<FieldScore> fields) {

    public Evaluation {
        fields = List.copyOf(fields);
    }

    /** The mean of the fields' F1. */
    public double macroF1() {
        return fields.stream().mapToDouble(FieldScore::f1).average().orElse(0);
    }

    /** The lowest F1 of any field. */
    public double minimumF1() {
        return fields.stream().mapToDouble(FieldScore::f1).min().orElse(0);
    }

    /** The score of one field. */
    public FieldScore field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }
}
