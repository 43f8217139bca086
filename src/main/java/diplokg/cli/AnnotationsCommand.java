package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.evaluate.Annotation;
import diplokg.evaluate.AnnotationExporter;
import diplokg.evaluate.AnnotationJson;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg annotations --out DIR}: the contract's JSON for every article, built by SPARQL over the store. */
@Command(name = "annotations", mixinStandardHelpOptions = true,
        description = "Write one JSON per article in the extraction contract's shape, built by SPARQL over the store.")
final class AnnotationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the JSON files to.")
    Path out;

    @Override
    public Integer call() {
        Map<String, Annotation> annotations;
        try (TdbStore store = TdbStore.open(project.data())) {
            annotations = new AnnotationExporter(store.dataset()).export();
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new DiplokgException(out + ": cannot create: " + e.getMessage(), e);
        }
        annotations.forEach((id, annotation) -> AnnotationJson.write(annotation, out.resolve(id + ".json")));
        spec.commandLine().getOut().printf("Wrote %d annotations to %s%n", annotations.size(), out);
        return ExitCode.OK.code();
    }
}
