package diplokg.cli;

import diplokg.evaluate.AnnotationExporter;
import diplokg.evaluate.AnnotationFolder;
import diplokg.fact.Annotation;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplokg annotations --out DIR}: the contract's JSON for every article, built by SPARQL over the store. */
@Command(name = "annotations",
        description = {"Write each article's facts as the extraction contract's JSON.",
            "One JSON per article in the extraction contract's shape, built by SPARQL over the store."})
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
        try (ReadableStore readable = ReadableStore.open(project, spec.commandLine().getErr())) {
            annotations = new AnnotationExporter(readable.store().dataset()).export();
        }
        AnnotationFolder.write(annotations, out);
        spec.commandLine().getOut().printf("Wrote %d annotations to %s%n", annotations.size(), out);
        return ExitCode.OK.code();
    }
}
