package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.store.TdbStore;
import diplokg.validate.StoreValidator;
import diplokg.validate.Validation;
import diplokg.validate.ValidationReportWriter;
import diplokg.vocab.Namespaces;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg validate}: checks the store against the SHACL shapes of {@code ontology/shapes.ttl}. */
@Command(name = "validate",
        description = {"Check the store against the SHACL shapes of ontology/.",
            "Validates all article graphs and the reference data against ontology/shapes.ttl and prints each"
                + " finding: severity, focus node, path, value, message."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:No violation (warnings may be listed).", "1:Violations found, or the store cannot be read."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Print at most N findings; 0 prints all (default: ${DEFAULT-VALUE}). The summary counts all.")
    int limit;

    @Override
    public Integer call() {
        StoreValidator validator = StoreValidator.load(project.ontology().resolve("shapes.ttl"), project.base());
        Validation validation;
        try (ReadableStore readable = ReadableStore.open(project, spec.commandLine().getErr())) {
            TdbStore store = readable.store();
            if (store.isEmpty()) {
                throw new DiplokgException(project.data() + ": the store is empty, nothing to validate; load articles "
                        + "with 'diplokg ingest' first");
            }
            validation = validator.validate(store);
        }
        new ValidationReportWriter(Namespaces.of(project.base())).write(validation, limit, spec.commandLine().getOut());
        return validation.hasNoViolations() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
    }
}
