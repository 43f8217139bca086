package diplokg.evaluate;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** Writes an {@link Evaluation} as a table for people or as JSON for machines. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /**
     * A table: one row per field with precision, recall, F1 and counts, then the macro F1; a field reported beside
     * the macro F1 but not in it is marked so.
     */
    public static void table(Evaluation evaluation, PrintWriter out) {
        out.printf(Locale.ROOT, "%-22s %9s %9s %9s %6s %6s %6s%n", "field", "precision", "recall", "F1", "tp",
                "pred", "gold");
        for (FieldScore score : evaluation.fields()) {
            boolean macro = Scorer.macroFields().contains(score.field());
            out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %6d %6d %6d%s%n", score.field(), score.precision(),
                    score.recall(), score.f1(), score.truePositives(), score.predicted(), score.gold(),
                    macro ? "" : "   (not in macro F1)");
        }
        out.printf(Locale.ROOT, "%-22s %29.3f   (lowest field %.3f, %d articles)%n", "macro F1",
                evaluation.macroF1(), evaluation.minimumF1(), evaluation.articles());
        evaluation.clustering().ifPresent(c -> out.printf(Locale.ROOT,
                "%-22s %9.3f %9.3f %9.3f %6d %6d %6d   (pairs of event mentions in one happening, over the %d of %d"
                        + " gold mentions the events field matched; not in macro F1)%n", "event clustering",
                c.precision(), c.recall(), c.f1(), c.truePairs(), c.predictedPairs(), c.goldPairs(), c.matched(),
                c.goldMentions()));
        out.flush();
    }

    /**
     * The same as JSON: {@code {"articles": n, "macro_f1": x, "fields": [...]}}, with {@code "event_clustering"}
     * when the gold names happenings.
     */
    public static void json(Evaluation evaluation, PrintWriter out) {
        JsonObject json = new JsonObject();
        json.put("articles", evaluation.articles());
        json.put("macro_f1", JsonNumber.value(round(evaluation.macroF1())));
        JsonArray fields = new JsonArray();
        for (FieldScore score : evaluation.fields()) {
            JsonObject field = new JsonObject();
            field.put("field", score.field());
            field.put("precision", JsonNumber.value(round(score.precision())));
            field.put("recall", JsonNumber.value(round(score.recall())));
            field.put("f1", JsonNumber.value(round(score.f1())));
            field.put("true_positives", score.truePositives());
            field.put("predicted", score.predicted());
            field.put("gold", score.gold());
            field.put("in_macro_f1", Scorer.macroFields().contains(score.field()));
            fields.add(field);
        }
        json.put("fields", fields);
        evaluation.clustering().ifPresent(c -> {
            JsonObject clustering = new JsonObject();
            clustering.put("precision", JsonNumber.value(round(c.precision())));
            clustering.put("recall", JsonNumber.value(round(c.recall())));
            clustering.put("f1", JsonNumber.value(round(c.f1())));
            clustering.put("true_pairs", c.truePairs());
            clustering.put("predicted_pairs", c.predictedPairs());
            clustering.put("gold_pairs", c.goldPairs());
            clustering.put("matched_mentions", c.matched());
            clustering.put("gold_mentions", c.goldMentions());
            json.put("event_clustering", clustering);
        });
        out.println(JSON.toString(json));
        out.flush();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
