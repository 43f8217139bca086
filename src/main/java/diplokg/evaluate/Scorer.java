package diplokg.evaluate;

import diplokg.fact.Annotation;
import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Score;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Scores predicted annotations against gold ones as the contract's scoring section defines: per field,
 * micro-averaged over the gold articles, items matched one to one (each predicted item counts for at most one gold
 * item). The fields and how their items agree are the {@link Score}s that {@link Contract} declares for each kind;
 * the article's date is scored here, as it is no kind.
 */
public final class Scorer {

    /** The article's publication month, the one field that is no fact kind. */
    public static final String DATE = "date";

    /** The scored fields, in the contract's order. */
    public static final List<String> FIELDS = fields();

    /** Scores every gold article; a gold article with no prediction counts all its items as missed. */
    public Evaluation score(Map<String, Annotation> predicted, Map<String, Annotation> gold) {
        Map<String, FieldScore> totals = new LinkedHashMap<>();
        FIELDS.forEach(f -> totals.put(f, new FieldScore(f, 0, 0, 0)));
        for (Annotation expected : gold.values()) {
            Annotation actual = predicted.get(expected.article());
            for (FieldScore score : score(actual, expected)) {
                totals.merge(score.field(), score, FieldScore::plus);
            }
        }
        return new Evaluation(gold.size(), List.copyOf(totals.values()));
    }

    /** The scores of one article; {@code actual} may be null. */
    public List<FieldScore> score(Annotation actual, Annotation expected) {
        Annotation a = actual != null ? actual : Annotation.builder(expected.article(), null, "").build();
        List<FieldScore> scores = new ArrayList<>();
        scores.add(date(a.date(), expected.date()));
        Contract.KINDS.forEach(kind -> scores.addAll(score(kind, a, expected)));
        return scores;
    }

    private static <T> List<FieldScore> score(FactKind<T> kind, Annotation actual, Annotation expected) {
        return kind.scores().stream()
                .map(s -> match(s.field(), actual.get(kind), expected.get(kind), s.agree()))
                .toList();
    }

    /** The fields whose mean F1 is the macro F1 (agreements are reported beside it). */
    public static List<String> macroFields() {
        List<String> fields = new ArrayList<>(List.of(DATE));
        Contract.KINDS.forEach(kind -> kind.scores().stream().filter(Score::macro).forEach(s -> fields.add(s.field())));
        return fields;
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of(DATE));
        Contract.KINDS.forEach(kind -> kind.scores().forEach(s -> fields.add(s.field())));
        return List.copyOf(fields);
    }

    /** The date field: null against null is neither counted nor wrong. */
    private static FieldScore date(String actual, String expected) {
        if (actual == null && expected == null) {
            return new FieldScore(DATE, 0, 0, 0);
        }
        int hit = Objects.equals(actual, expected) ? 1 : 0;
        return new FieldScore(DATE, hit, actual == null ? 0 : 1, expected == null ? 0 : 1);
    }

    private static <T> FieldScore match(String field, List<T> actual, List<T> expected, BiPredicate<T, T> agree) {
        int hits = (int) Arrays.stream(align(actual, expected, agree)).filter(i -> i >= 0).count();
        return new FieldScore(field, hits, actual.size(), expected.size());
    }

    /**
     * The one-to-one matching of the scores: for each gold item in order, the first predicted item not yet used that
     * agrees with it. Returns, per gold item, the index of its predicted item, or -1 when none agrees.
     */
    public static <T> int[] align(List<T> actual, List<T> expected, BiPredicate<T, T> agree) {
        boolean[] used = new boolean[actual.size()];
        int[] matched = new int[expected.size()];
        Arrays.fill(matched, -1);
        for (int g = 0; g < expected.size(); g++) {
            for (int i = 0; i < actual.size(); i++) {
                if (!used[i] && agree.test(actual.get(i), expected.get(g))) {
                    used[i] = true;
                    matched[g] = i;
                    break;
                }
            }
        }
        return matched;
    }
}
