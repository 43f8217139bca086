package diplokg.queries;

import diplokg.DiplokgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The saved queries of a folder: one {@code .rq} file each, metadata in grlc decorators ({@code #+ summary:},
 * {@code #+ description:}, {@code #+ tags:}, {@code #+ defaults:}) written as SPARQL comments so that each file still
 * parses on its own, and parameters as {@code ?_name}, {@code ?_name_iri}, {@code ?_name_xsd_integer} variables
 * ({@code ?__name} for an optional one). Read once; immutable and thread-safe.
 */
public final class SavedQueryCatalog {

    private static final Pattern PARAMETER = Pattern.compile("\\?(__?)([A-Za-z][A-Za-z0-9]*)((?:_[A-Za-z0-9]+)*)");

    /** A decorator key starts the line ({@code #+ summary:}); indented lines continue or list its value. */
    private static final Pattern DECORATOR_KEY = Pattern.compile("^ ?([A-Za-z_]+):");

    private final Map<String, SavedQuery> queries;

    private SavedQueryCatalog(Map<String, SavedQuery> queries) {
        this.queries = queries;
    }

    /**
     * Reads every {@code .rq} file of {@code folder}.
     *
     * @throws DiplokgException naming the file when a query does not parse
     */
    public static SavedQueryCatalog load(Path folder) {
        Map<String, SavedQuery> queries = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                SavedQuery query = read(file);
                queries.put(query.name(), query);
            }
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot read the saved queries: " + e.getMessage(), e);
        }
        return new SavedQueryCatalog(java.util.Collections.unmodifiableMap(queries));
    }

    /** Every query, by name order. */
    public Collection<SavedQuery> all() {
        return queries.values();
    }

    /** The query named {@code name}. */
    public SavedQuery get(String name) {
        SavedQuery query = queries.get(name);
        if (query == null) {
            throw new UnknownQueryException(name, queries.keySet());
        }
        return query;
    }

    /** Reads one saved query file. */
    static SavedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new DiplokgException(file + ": cannot read: " + e.getMessage(), e);
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new DiplokgException(file + ": not a valid SPARQL query: " + e.getMessage(), e);
        }
        Map<String, List<String>> decorators = decorators(text);
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return new SavedQuery(name, first(decorators, "summary", name), first(decorators, "description", ""),
                decorators.getOrDefault("tags", List.of()), parameters(text, defaults(decorators)), query, text,
                pagination(name, first(decorators, "pagination", "0")));
    }

    /** The {@code #+ pagination: N} decorator: rows per page of the API's answer; 0 when absent. */
    private static int pagination(String name, String value) {
        try {
            int rows = Integer.parseInt(value.strip());
            if (rows >= 0) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DiplokgException(name + ".rq: '#+ pagination: " + value + "' is not a number of rows");
    }

    private static Map<String, List<String>> decorators(String text) {
        Map<String, List<String>> decorators = new LinkedHashMap<>();
        String key = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#+")) {
                continue;
            }
            String raw = line.substring(2);
            String content = raw.strip();
            Matcher keyLine = DECORATOR_KEY.matcher(raw);
            if (keyLine.find()) {
                key = keyLine.group(1);
                decorators.put(key, new ArrayList<>());
                String value = raw.substring(keyLine.end()).strip();
                if (!value.isEmpty()) {
                    decorators.get(key).add(value);
                }
            } else if (key != null && content.startsWith("- ")) {
                decorators.get(key).add(content.substring(2).strip());
            } else if (key != null && !content.isEmpty()) {
                List<String> values = decorators.get(key);
                if (values.isEmpty()) {
                    values.add(content);
                } else {
                    values.set(values.size() - 1, values.get(values.size() - 1) + " " + content);
                }
            }
        }
        return decorators;
    }

    private static Map<String, String> defaults(Map<String, List<String>> decorators) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String entry : decorators.getOrDefault("defaults", List.of())) {
            int colon = entry.indexOf(':');
            if (colon > 0) {
                defaults.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
            }
        }
        return defaults;
    }

    private static List<QueryParameter> parameters(String text, Map<String, String> defaults) {
        Map<String, QueryParameter> parameters = new LinkedHashMap<>();
        String body = text.lines().filter(l -> !l.stripLeading().startsWith("#")).reduce("", (a, b) -> a + "\n" + b);
        Matcher matcher = PARAMETER.matcher(body);
        while (matcher.find()) {
            String variable = matcher.group().substring(1);
            String name = matcher.group(2);
            ParameterType type = matcher.group(3).isEmpty() ? ParameterType.STRING
                    : ParameterType.ofSuffix(matcher.group(3).substring(1));
            if (type == null) {
                type = ParameterType.STRING;
            }
            String defaultValue = defaults.get(name);
            boolean required = matcher.group(1).length() == 1 && defaultValue == null;
            parameters.putIfAbsent(name, new QueryParameter(name, variable, type, required, defaultValue));
        }
        return List.copyOf(parameters.values());
    }

    private static String first(Map<String, List<String>> decorators, String key, String fallback) {
        List<String> values = decorators.get(key);
        return values == null || values.isEmpty() ? fallback : String.join(" ", values);
    }
}
