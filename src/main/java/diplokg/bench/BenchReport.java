package diplokg.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The figures of one run: the settings, then one {@link Section} per measurement, rendered as JSON or Markdown.
 *
 * @param articles   N
 * @param seed       corpus seed
 * @param cores      available processors
 * @param sections   the tables, in the order measured
 * @param inProgress the phase running when this report was written, or empty for the report of a finished run
 */
public record BenchReport(int articles, long seed, int cores, List<Section> sections, String inProgress) {

    public BenchReport {
        sections = List.copyOf(sections);
        inProgress = Objects.requireNonNull(inProgress, "inProgress");
    }

    /** The report of a finished run. */
    public BenchReport(int articles, long seed, int cores, List<Section> sections) {
        this(articles, seed, cores, sections, "");
    }

    /** Whether the run had finished when this report was written. */
    public boolean finished() {
        return inProgress.isEmpty();
    }

    /** The report as a JSON object: settings, then each section's rows as objects keyed by column. */
    public String json() {
        JsonObject root = new JsonObject();
        root.put("articles", articles);
        root.put("seed", seed);
        root.put("cores", cores);
        if (!finished()) {
            root.put("inProgress", inProgress);
        }
        for (Section section : sections) {
            JsonArray rows = new JsonArray();
            for (List<Object> cells : section.rows()) {
                JsonObject row = new JsonObject();
                for (int i = 0; i < cells.size(); i++) {
                    String column = unique(section.columns(), i);
                    Object cell = cells.get(i);
                    if (cell instanceof Number number) {
                        row.put(column, number instanceof Double d ? JsonNumber.value(round(d))
                                : JsonNumber.value(number.longValue()));
                    } else {
                        row.put(column, String.valueOf(cell));
                    }
                }
                rows.add(row);
            }
            root.put(section.id(), rows);
        }
        return root.toString();
    }

    /** The report as Markdown: a heading and a table per section. */
    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "diplokg bench: %d articles, seed %d, %d cores%n", articles, seed,
                cores));
        if (!finished()) {
            // A long run writes its report after each phase: a reader must not take a partial one for the whole.
            text.append(String.format(Locale.ROOT, "%nPartial report: the run was still at \"%s\" when this was written"
                    + " (cells left empty are not measured yet).%n", inProgress));
        }
        for (Section section : sections) {
            text.append(System.lineSeparator()).append("#### ").append(section.title()).append(System.lineSeparator())
                    .append(System.lineSeparator());
            text.append("| ").append(String.join(" | ", section.columns())).append(" |").append(System.lineSeparator());
            text.append("|").append("---|".repeat(section.columns().size())).append(System.lineSeparator());
            for (List<Object> cells : section.rows()) {
                text.append("| ").append(String.join(" | ", cells.stream().map(BenchReport::cell).toList()))
                        .append(" |").append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    /** Column names repeat in tables (median under two headings): JSON keys are made unique by their index. */
    private static String unique(List<String> columns, int index) {
        String name = columns.get(index);
        return columns.indexOf(name) == index ? name : name + " (" + index + ")";
    }

    private static double round(double value) {
        return value >= 100 ? Math.round(value) : Math.round(value * 100) / 100.0;
    }

    private static String cell(Object value) {
        if (value instanceof Double d) {
            return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        if (value instanceof Number n) {
            return String.format(Locale.ROOT, "%,d", n.longValue());
        }
        return String.valueOf(value);
    }
}
