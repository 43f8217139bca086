package diplokg.cli;

import diplokg.store.TdbStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diplokg compact}: reclaims the space that old commits left in the store. */
@Command(name = "compact",
        description = {"Compact the store: reclaim the space of old commits.",
            "Writes a new generation of the TDB2 store without the blocks of old commits."})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        try (TdbStore store = TdbStore.open(project.data())) {
            long before = store.sizeOnDisk();
            store.compact();
            spec.commandLine().getOut().printf("Compacted %s: %d MiB -> %d MiB%n", project.data(),
                    before >> 20, store.sizeOnDisk() >> 20);
        }
        return ExitCode.OK.code();
    }
}
