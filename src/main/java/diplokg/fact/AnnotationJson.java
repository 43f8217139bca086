package diplokg.fact;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.io.JSWriter;

/**
 * The contract's JSON document of an {@link Annotation}, written and read.
 *
 * <p><b>Design Decision:</b> items are written and read from their records' components (the component names are
 * the contract's keys, in its order), so a new fact kind needs a record and a line in {@link Contract}, not code
 * here. A {@link StatePair} is written as its two codes. The layout is the hand-made gold files': one key per line,
 * each object of a list on a line of its own, so files diff well and the generator's gold looks like the seeds'.
 */
public final class AnnotationJson {

    private AnnotationJson() {
    }

    /** The JSON text of {@code annotation}, ending with a new line. */
    public static String write(Annotation annotation) {
        List<String> fields = new ArrayList<>();
        fields.add(field("article", quoted(annotation.article())));
        fields.add(field("date", quoted(annotation.date())));
        fields.add(field("title", quoted(annotation.title())));
        for (Map.Entry<FactKind<?>, List<?>> entry : annotation.facts().entrySet()) {
            fields.add(field(entry.getKey().field(), list(entry.getValue())));
        }
        return "{\n  " + String.join(",\n  ", fields) + "\n}\n";
    }

    /** Writes {@code annotation} to {@code file}. */
    public static void write(Annotation annotation, Path file) {
        try {
            Files.writeString(file, write(annotation), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContractException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Reads an annotation file; a file that is not the contract's JSON is named in the error, with the problem. */
    public static Annotation read(Path file) {
        try {
            return read(JSON.read(file.toString()));
        } catch (JsonException | ContractException | IllegalArgumentException | ClassCastException e) {
            throw new ContractException(file + ": not an annotation document: " + e.getMessage(), e);
        }
    }

    /** The annotation of a parsed JSON document. */
    public static Annotation read(JsonObject json) {
        Annotation.Builder builder = Annotation.builder(string(json.get("article")), string(json.get("date")),
                string(json.get("title")));
        for (FactKind<?> kind : Contract.KINDS) {
            addAll(builder, kind, json.get(kind.field()));
        }
        return builder.build();
    }

    private static <T> void addAll(Annotation.Builder builder, FactKind<T> kind, JsonValue items) {
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            throw new ContractException(kind.field() + " is not a list");
        }
        items.getAsArray().forEach(item -> builder.add(kind, kind.cast(value(kind.type(), item))));
    }

    /** The JSON text of one item of a fact kind, on one line. */
    public static String item(Object item) {
        return json(item);
    }

    private static String field(String key, String value) {
        return quoted(key) + ": " + value;
    }

    private static String list(List<?> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        List<String> values = items.stream().map(AnnotationJson::json).toList();
        if (!(items.get(0) instanceof Record) || items.get(0) instanceof StatePair) {
            return "[" + String.join(", ", values) + "]";
        }
        return "[\n    " + String.join(",\n    ", values) + "\n  ]";
    }

    private static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quoted(text);
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof StatePair pair) {
            return json(pair.codes());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AnnotationJson::json).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents())
                    .map(c -> field(c.getName(), json(component(record, c))))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getSimpleName());
    }

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record, e);
        }
    }

    /** The value of Java type {@code type} that {@code json} gives. */
    private static Object value(Type type, JsonValue json) {
        if (json == null || json.isNull()) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            List<Object> items = new ArrayList<>();
            json.getAsArray().forEach(item -> items.add(value(list.getActualTypeArguments()[0], item)));
            return items;
        }
        Class<?> target = (Class<?>) type;
        if (target == String.class) {
            return json.getAsString().value();
        }
        if (target == Integer.class || target == int.class) {
            return number(json).intValueExact();
        }
        if (target == BigDecimal.class) {
            return number(json);
        }
        if (target == StatePair.class) {
            JsonArray codes = json.getAsArray();
            if (codes.size() != 2) {
                throw new ContractException("a pair has two codes, not " + codes);
            }
            return StatePair.of(codes.get(0).getAsString().value(), codes.get(1).getAsString().value());
        }
        if (target.isRecord()) {
            return record(target, json.getAsObject());
        }
        throw new IllegalArgumentException("no JSON reading for " + target.getSimpleName());
    }

    private static Object record(Class<?> type, JsonObject json) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), json.get(components[i].getName()));
            if (values[i] == null && types[i].isPrimitive()) {
                throw new ContractException(components[i].getName() + " missing in " + json);
            }
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new ContractException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static BigDecimal number(JsonValue json) {
        return new BigDecimal(json.getAsNumber().value().toString());
    }

    private static String string(JsonValue json) {
        return json == null || json.isNull() ? null : json.getAsString().value();
    }

    private static String quoted(String text) {
        return text == null ? "null" : JSWriter.outputQuotedString(text);
    }
}
