package diplokg.evaluate;

import diplokg.DiplokgException;
import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes annotations to a folder, one {@code {article}.json} each. */
public final class AnnotationFolder {

    private AnnotationFolder() {
    }

    /** Writes every annotation of {@code annotations} (by article id) into {@code folder}, creating it. */
    public static void write(Map<String, Annotation> annotations, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot create: " + e.getMessage(), e);
        }
        annotations.forEach((id, annotation) -> AnnotationJson.write(annotation, folder.resolve(id + ".json")));
    }
}
