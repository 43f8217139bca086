package diplokg.cli;

import diplokg.store.SearchIndex;
import diplokg.store.TdbStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diplokg reindex}: rebuilds the full-text index from the store. */
@Command(name = "reindex",
        description = {"Rebuild the full-text index from the store.",
            "The index of titles and sentences is what text:query and the saved query search read. Every write"
                    + " keeps it in step, and a store opened without its folder (" + SearchIndex.FOLDER
                    + "/ in the store folder) gets it built; rebuild it when it is damaged. The old index serves"
                    + " until the new one commits."})
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.open(project.data())) {
            long start = System.nanoTime();
            long texts = store.reindex();
            spec.commandLine().getOut().printf("Indexed %d titles and sentences of %s in %.1f s%n", texts,
                    project.data(), (System.nanoTime() - start) / 1e9);
        }
        return ExitCode.OK.code();
    }
}
