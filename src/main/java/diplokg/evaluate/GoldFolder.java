package diplokg.evaluate;

import diplokg.DiplokgException;
import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder of gold annotations, one {@code .json} per article, named after the article. */
public final class GoldFolder {

    private GoldFolder() {
    }

    /** Every annotation of {@code folder}, by article id. */
    public static Map<String, Annotation> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DiplokgException(folder + ": not a folder of gold annotations");
        }
        Map<String, Annotation> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Annotation annotation = AnnotationJson.read(file);
                gold.put(annotation.article(), annotation);
            }
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot list: " + e.getMessage(), e);
        }
        return gold;
    }
}
