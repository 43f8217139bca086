package diplokg.evaluate;

import diplokg.DiplokgException;
import diplokg.fact.Annotation;
import diplokg.fact.AnnotationJson;
import diplokg.fact.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A folder of gold annotations, one {@code .json} per article, named after the article. */
public final class GoldFolder {

    /** The key of a gold event naming the happening it reports (generated corpora have it; see README). */
    public static final String HAPPENING = "happening";

    private GoldFolder() {
    }

    /** Every annotation of {@code folder}, by article id. */
    public static Map<String, Annotation> read(Path folder) {
        return read(files(folder));
    }

    /** The annotations of {@code files}, by article id. */
    public static Map<String, Annotation> read(List<Path> files) {
        Map<String, Annotation> gold = new TreeMap<>();
        for (Path file : files) {
            Annotation annotation = AnnotationJson.read(file);
            gold.put(annotation.article(), annotation);
        }
        return gold;
    }

    /**
     * The happening each gold event of {@code folder} reports, when the gold names them ({@code "happening"} on
     * each event); empty when no event of the folder has one.
     *
     * @throws DiplokgException naming the file when some events have a happening and one does not, or it is no string
     */
    public static Map<GoldMention, String> happenings(Path folder) {
        return happenings(files(folder));
    }

    /** The same over the gold files {@code files}. */
    public static Map<GoldMention, String> happenings(List<Path> files) {
        Map<GoldMention, String> happenings = new LinkedHashMap<>();
        Path without = null;
        for (Path file : files) {
            JsonObject json = parse(file);
            JsonValue events = json.get(Contract.EVENTS.field());
            if (events == null || !events.isArray() || !json.hasKey("article")) {
                continue;
            }
            String article = json.get("article").getAsString().value();
            JsonArray list = events.getAsArray();
            for (int i = 0; i < list.size(); i++) {
                JsonValue happening = list.get(i).isObject() ? list.get(i).getAsObject().get(HAPPENING) : null;
                if (happening == null) {
                    without = without == null ? file : without;
                } else if (!happening.isString()) {
                    throw new DiplokgException(file + ": event " + i + ": \"" + HAPPENING + "\" is not a string");
                } else {
                    happenings.put(new GoldMention(article, i), happening.getAsString().value());
                }
            }
        }
        if (without != null && !happenings.isEmpty()) {
            throw new DiplokgException(without + ": an event without \"" + HAPPENING + "\" where other gold events"
                    + " name theirs: event clustering cannot be scored");
        }
        return happenings;
    }

    private static JsonObject parse(Path file) {
        try {
            return JSON.read(file.toString());
        } catch (JsonException e) {
            throw new DiplokgException(file + ": not an annotation document: " + e.getMessage(), e);
        }
    }

    /**
     * The gold files of the articles {@code ids} in {@code folder} ({@code ID.json} each).
     *
     * @throws DiplokgException naming the first article whose gold file is missing
     */
    public static List<Path> files(Path folder, Collection<String> ids) {
        List<Path> files = new ArrayList<>();
        for (String id : ids) {
            Path file = folder.resolve(id + ".json");
            if (!Files.isRegularFile(file)) {
                throw new DiplokgException(file + ": no gold file for article " + id);
            }
            files.add(file);
        }
        return files;
    }

    /** Every gold file of {@code folder}, by name. */
    public static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DiplokgException(folder + ": not a folder of gold annotations");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }
}
