package diplokg.cli;

import diplokg.knowledge.KnowledgeDifference;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.ReadTransaction;
import diplokg.store.TdbStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Triple;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg knowledge}: checks the knowledge graph against a derivation from scratch, or rebuilds it. */
@Command(name = "knowledge",
        description = {"Check or rebuild the knowledge graph derived from the articles.",
            "--check derives it again from the article graphs and compares it with the stored one (exit 1, naming "
                + "the differences, when they differ); --rebuild replaces it with that derivation."})
final class KnowledgeCommand implements Callable<Integer> {

    /** How many differing triples of each side are printed; the counts are always complete. */
    private static final int SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @ArgGroup(multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--check", required = true, description = "Compare with a derivation from scratch.")
        boolean check;

        @Option(names = "--rebuild", required = true, description = "Replace with a derivation from scratch.")
        boolean rebuild;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        KnowledgeLayer layer = new KnowledgeLayer(project.base());
        if (action.rebuild) {
            try (TdbStore store = TdbStore.open(project.data())) {
                // Opened by other rules, the store derives the layer again as the layer is set: once is enough.
                boolean derivedAtOpen = !layer.rules().equals(store.derivedRules()) && !store.isEmpty();
                store.deriving(layer);
                if (!derivedAtOpen) {
                    store.rederive();
                }
                long triples = ReadTransaction.calculate(store.dataset(),
                        () -> store.dataset().getGraph(layer.graphName()).size());
                out.printf("Rebuilt the knowledge graph %s: %d triples%n", layer.graphName().getURI(), triples);
                return ExitCode.OK.code();
            }
        }
        // A check only reads: on a store a server holds, it runs on the server's data.
        KnowledgeDifference difference;
        try (ReadableStore readable = ReadableStore.open(project, spec.commandLine().getErr())) {
            TdbStore store = readable.store();
            difference = ReadTransaction.calculate(store.dataset(), () -> layer.check(store.dataset()));
        }
        if (difference.inStep()) {
            out.printf("The knowledge graph is in step with the article graphs: %d triples%n", difference.stored());
            return ExitCode.OK.code();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("The knowledge graph differs from a derivation from scratch: %d triples stored, %d derived; "
                + "%d missing, %d unexpected. ./diplokg knowledge --rebuild replaces it.%n", difference.stored(),
                difference.expected(), difference.missing().size(), difference.unexpected().size());
        print(err, "missing", difference.missing());
        print(err, "unexpected", difference.unexpected());
        return ExitCode.FAILURE.code();
    }

    private static void print(PrintWriter err, String what, List<Triple> triples) {
        triples.stream().limit(SHOWN).forEach(t -> err.println("  " + what + ": " + t));
        if (triples.size() > SHOWN) {
            err.printf("  ... and %d more %s%n", triples.size() - SHOWN, what);
        }
    }
}
