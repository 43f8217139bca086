package diplokg.cli;

import diplokg.store.GraphStats;
import diplokg.store.StoreStatistics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg stats}: how many articles, states, officials, events ... the store holds, and its graph sizes. */
@Command(name = "stats",
        description = {"Count the store's articles, facts and triples per graph.",
            "Articles, sentences, states named, people, positions, events, partnership statements and other facts"
                + " of the store, and the triples of each named graph."})
final class StatsCommand implements Callable<Integer> {

    /** The values of {@code --format}. */
    enum Format {
        TABLE, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graphs", paramLabel = "N", defaultValue = "10",
            description = "In a table, list the N largest graphs; 0 lists all (default: ${DEFAULT-VALUE}). "
                    + "JSON always lists all.")
    int graphs;

    @Override
    public Integer call() {
        StoreStatistics statistics;
        try (ReadableStore readable = ReadableStore.open(project, spec.commandLine().getErr())) {
            statistics = StoreStatistics.of(readable.store());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(json(statistics));
        } else {
            table(statistics, out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private static JsonObject json(StoreStatistics statistics) {
        JsonObject counts = new JsonObject();
        statistics.counts().forEach(counts::put);
        JsonArray graphs = new JsonArray();
        for (GraphStats graph : statistics.graphs()) {
            JsonObject entry = new JsonObject();
            entry.put("graph", graph.graph());
            entry.put("triples", graph.triples());
            graphs.add(entry);
        }
        JsonObject root = new JsonObject();
        root.put("counts", counts);
        root.put("quads", statistics.quads());
        root.put("graphs", graphs);
        return root;
    }

    private void table(StoreStatistics statistics, PrintWriter out) {
        statistics.counts().forEach((name, count) -> out.printf(Locale.ROOT, "%-16s %,10d%n", label(name), count));
        out.printf(Locale.ROOT, "%-16s %,10d%n", "named graphs", statistics.graphs().size());
        out.printf(Locale.ROOT, "%-16s %,10d%n", "quads", statistics.quads());
        List<GraphStats> shown = graphs <= 0 ? statistics.graphs()
                : statistics.graphs().subList(0, Math.min(graphs, statistics.graphs().size()));
        if (shown.isEmpty()) {
            return;
        }
        out.printf("%nTriples per graph%s:%n", shown.size() < statistics.graphs().size() ? String.format(Locale.ROOT,
                " (the %,d largest of %,d)", shown.size(), statistics.graphs().size()) : "");
        String base = project.base().value();
        for (GraphStats graph : shown) {
            String name = graph.graph().startsWith(base) ? graph.graph().substring(base.length()) : graph.graph();
            out.printf(Locale.ROOT, "%,10d  %s%n", graph.triples(), name);
        }
    }

    /** "statesNamed" as "states named". */
    private static String label(String name) {
        return name.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }
}
