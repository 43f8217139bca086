package diplokg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores predicted annotations against gold ones as the contract's scoring section defines: per field,
 * micro-averaged over the gold articles, items matched one to one (each predicted item counts for at most one gold
 * item). Names are compared with {@link NameMatch}; organisations match when any of their names agree.
 */
public final class Scorer {

    /** The contract's fields, in its order. */
    public static final List<String> FIELDS = List.of("date", "states", "pairs", "partnerships", "officials.name",
            "officials", "sectors", "events", "relations_established", "targets", "organizations");

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
        Annotation a = actual != null ? actual : empty(expected);
        List<FieldScore> scores = new ArrayList<>();
        scores.add(date(a.date(), expected.date()));
        scores.add(match("states", a.states(), expected.states(), Objects::equals));
        scores.add(match("pairs", a.pairs(), expected.pairs(), Objects::equals));
        scores.add(match("partnerships", keys(a.partnerships(), p -> List.of(p.pair(), p.level())),
                keys(expected.partnerships(), p -> List.of(p.pair(), p.level())), Objects::equals));
        scores.add(match("officials.name", a.officials(), expected.officials(),
                (x, y) -> NameMatch.agree(x.name(), y.name())));
        scores.add(match("officials", a.officials(), expected.officials(), (x, y) -> NameMatch.agree(x.name(), y.name())
                && Objects.equals(x.role(), y.role()) && Objects.equals(x.state(), y.state())));
        scores.add(match("sectors", a.sectors(), expected.sectors(), Objects::equals));
        scores.add(match("events", keys(a.events(), e -> List.of(e.type(), String.valueOf(e.date()))),
                keys(expected.events(), e -> List.of(e.type(), String.valueOf(e.date()))), Objects::equals));
        scores.add(match("relations_established", keys(a.relationsEstablished(), r -> List.of(r.pair(), r.year())),
                keys(expected.relationsEstablished(), r -> List.of(r.pair(), r.year())), Objects::equals));
        scores.add(match("targets", keys(a.targets(), t -> List.of(t.pair(), t.indicator(), String.valueOf(t.year()))),
                keys(expected.targets(), t -> List.of(t.pair(), t.indicator(), String.valueOf(t.year()))),
                Objects::equals));
        scores.add(match("organizations", a.organizations(), expected.organizations(),
                (x, y) -> x.stream().anyMatch(n -> y.stream().anyMatch(m -> NameMatch.agree(n, m)))));
        return scores;
    }

    /** The date field: null against null is neither counted nor wrong. */
    private static FieldScore date(String actual, String expected) {
        if (actual == null && expected == null) {
            return new FieldScore("date", 0, 0, 0);
        }
        int hit = Objects.equals(actual, expected) ? 1 : 0;
        return new FieldScore("date", hit, actual == null ? 0 : 1, expected == null ? 0 : 1);
    }

    private static <T> FieldScore match(String field, List<T> actual, List<T> expected, BiPredicate<T, T> agree) {
        boolean[] used = new boolean[actual.size()];
        int hits = 0;
        for (T gold : expected) {
            for (int i = 0; i < actual.size(); i++) {
                if (!used[i] && agree.test(actual.get(i), gold)) {
                    used[i] = true;
                    hits++;
                    break;
                }
            }
        }
        return new FieldScore(field, hits, actual.size(), expected.size());
    }

    private static <T, K> List<K> keys(List<T> items, Function<T, K> key) {
        return items.stream().map(key).toList();
    }

    private static Annotation empty(Annotation expected) {
        return new Annotation(expected.article(), null, "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
