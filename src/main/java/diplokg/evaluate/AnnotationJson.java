package diplokg.evaluate;

import diplokg.DiplokgException;
import diplokg.evaluate.Annotation.AgreementItem;
import diplokg.evaluate.Annotation.EstablishmentItem;
import diplokg.evaluate.Annotation.EventItem;
import diplokg.evaluate.Annotation.OfficialItem;
import diplokg.evaluate.Annotation.PartnershipItem;
import diplokg.evaluate.Annotation.TargetItem;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/** Reads and writes {@link Annotation}s as the contract's JSON documents, keys in the contract's order. */
public final class AnnotationJson {

    private AnnotationJson() {
    }

    /** Writes {@code annotation} to {@code file}. */
    public static void write(Annotation annotation, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, toJson(annotation));
            out.write('\n');
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Reads an annotation file; a file that is not the contract's JSON is named in the error. */
    public static Annotation read(Path file) {
        try {
            return fromJson(JSON.read(file.toString()));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new DiplokgException(file + ": not an annotation document: " + e.getMessage(), e);
        }
    }

    static JsonObject toJson(Annotation a) {
        JsonObject json = new JsonObject();
        json.put("article", a.article());
        json.put("date", string(a.date()));
        json.put("title", a.title());
        json.put("states", strings(a.states()));
        json.put("pairs", array(a.pairs(), AnnotationJson::strings));
        json.put("partnerships", array(a.partnerships(), p -> object("pair", strings(p.pair()),
                "level", string(p.level()), "status", string(p.status()))));
        json.put("officials", array(a.officials(), o -> object("name", string(o.name()), "role", string(o.role()),
                "state", string(o.state()))));
        json.put("sectors", strings(a.sectors()));
        json.put("events", array(a.events(), e -> object("type", string(e.type()), "date", string(e.date()),
                "place", string(e.place()), "participants", strings(e.participants()))));
        json.put("relations_established", array(a.relationsEstablished(), r -> object("pair", strings(r.pair()),
                "year", JsonNumber.value(r.year()))));
        json.put("targets", array(a.targets(), t -> object("pair", strings(t.pair()), "indicator",
                string(t.indicator()), "value", JsonNumber.value(t.value()), "unit", string(t.unit()),
                "year", t.year() == null ? JsonNull.instance : JsonNumber.value(t.year()))));
        json.put("organizations", array(a.organizations(), names -> object("names", strings(names))));
        json.put("agreements", array(a.agreements(), g -> object("type", string(g.type()),
                "pair", g.pair() == null ? JsonNull.instance : strings(g.pair()))));
        return json;
    }

    static Annotation fromJson(JsonObject json) {
        return new Annotation(text(json.get("article")), text(json.get("date")), text(json.get("title")),
                texts(json.get("states")), list(json.get("pairs"), AnnotationJson::texts),
                list(json.get("partnerships"), v -> new PartnershipItem(texts(field(v, "pair")),
                        text(field(v, "level")), text(field(v, "status")))),
                list(json.get("officials"), v -> new OfficialItem(text(field(v, "name")), text(field(v, "role")),
                        text(field(v, "state")))),
                texts(json.get("sectors")),
                list(json.get("events"), v -> new EventItem(text(field(v, "type")), text(field(v, "date")),
                        text(field(v, "place")), texts(field(v, "participants")))),
                list(json.get("relations_established"), v -> new EstablishmentItem(texts(field(v, "pair")),
                        number(field(v, "year")).intValue())),
                list(json.get("targets"), v -> new TargetItem(texts(field(v, "pair")), text(field(v, "indicator")),
                        number(field(v, "value")), text(field(v, "unit")), year(field(v, "year")))),
                list(json.get("organizations"), v -> texts(field(v, "names"))),
                list(json.get("agreements"), v -> new AgreementItem(text(field(v, "type")),
                        field(v, "pair") == null || field(v, "pair").isNull() ? null : texts(field(v, "pair")))));
    }

    private static JsonValue field(JsonValue value, String key) {
        return value.getAsObject().get(key);
    }

    private static String text(JsonValue value) {
        return value == null || value.isNull() ? null : value.getAsString().value();
    }

    private static BigDecimal number(JsonValue value) {
        return new BigDecimal(value.getAsNumber().value().toString());
    }

    private static Integer year(JsonValue value) {
        return value == null || value.isNull() ? null : number(value).intValue();
    }

    private static List<String> texts(JsonValue value) {
        return list(value, AnnotationJson::text);
    }

    private static <T> List<T> list(JsonValue value, Function<JsonValue, T> item) {
        List<T> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.getAsArray().forEach(v -> items.add(item.apply(v)));
        }
        return items;
    }

    private static JsonValue string(String value) {
        return value == null ? JsonNull.instance : new JsonString(value);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(v -> array.add(string(v)));
        return array;
    }

    private static <T> JsonArray array(List<T> values, Function<T, JsonValue> item) {
        JsonArray array = new JsonArray();
        values.forEach(v -> array.add(item.apply(v)));
        return array;
    }

    private static JsonObject object(Object... keysAndValues) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], (JsonValue) keysAndValues[i + 1]);
        }
        return object;
    }
}
