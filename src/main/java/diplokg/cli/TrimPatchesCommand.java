package diplokg.cli;

import diplokg.store.TdbStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg trim-patches}: deletes the oldest patches of the store's change log. */
@Command(name = "trim-patches",
        description = {"Delete the oldest patches of the store's change log.",
            "The log is the folder patches/ of the store. Replicas behind the trimmed log start again from the"
                + " primary's dump (/dumps/diplokg.nq.gz) and follow the log from the dump's version; replicas"
                + " ahead of it are not affected. Run it while no server holds the store."})
final class TrimPatchesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--keep", paramLabel = "N", required = true,
            description = "How many of the newest patches to keep (0 keeps none).")
    long keep;

    @Override
    public Integer call() {
        if (keep < 0) {
            throw new UsageException("--keep takes a number of patches, 0 or more");
        }
        try (TdbStore store = TdbStore.open(project.data())) {
            long version = store.version();
            int deleted = store.patchLog().trim(version - keep, version);
            spec.commandLine().getOut().printf("Deleted %d patches of %s: the log now starts after version %d"
                    + " (the store is at version %d)%n", deleted, project.data(), store.patchLog().floor(), version);
        }
        return ExitCode.OK.code();
    }
}
