package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.queries.ParameterType;
import diplokg.queries.PeriodRange;
import diplokg.queries.QueryParameter;
import diplokg.queries.SavedQuery;
import diplokg.vocab.BaseIri;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Values for saved-query parameters drawn at random from what a store holds: states its articles name, resources of
 * the kind a parameter names (articles, events, people), years, months and days, search words. Benchmarks ask with
 * them so that answers vary as a notebook's would, instead of one default answer a cache holds after its first run.
 */
final class ParameterDraws {

    private static final List<String> WORDS = List.of("coopération", "visite", "Laos", "Japon", "investissement",
            "accord", "sommet", "partenariat", "commerce", "ASEAN");

    private final List<String> resources;
    private final List<String> states;

    private ParameterDraws(List<String> resources, List<String> states) {
        this.resources = List.copyOf(resources);
        this.states = List.copyOf(states);
    }

    /**
     * The draws of a store, read by {@code column}: it runs a SPARQL SELECT over the store and gives its first
     * column. {@code where} names the store in the message when it holds nothing to draw from.
     */
    static ParameterDraws of(Function<String, List<String>> column, BaseIri base, String where) {
        String articles = base.graph("article/");
        List<String> resources = column.apply("SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \""
                + articles + "\") && STRSTARTS(STR(?s), \"" + base.id("") + "\")) } LIMIT 5000");
        List<String> states = column.apply("SELECT DISTINCT ?s { GRAPH ?g { ?x ?p ?s } FILTER(STRSTARTS(STR(?g), \""
                + articles + "\") && STRSTARTS(STR(?s), \"" + base.id("state/") + "\")) }");
        if (resources.isEmpty() || states.isEmpty()) {
            throw new DiplokgException(where + ": the store holds no article resources or states to ask about");
        }
        return new ParameterDraws(resources, states);
    }

    /** Any resource of an article graph. */
    String resource(Random random) {
        return pick(random, resources);
    }

    /** Any state an article names. */
    String state(Random random) {
        return pick(random, states);
    }

    /** Values for {@code query}: every required parameter, each optional one half the time. */
    Map<String, String> values(SavedQuery query, Random random) {
        Map<String, String> values = new LinkedHashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            if (parameter.required() || random.nextBoolean()) {
                values.put(parameter.name(), value(parameter, random));
            }
        }
        return inOrder(values);
    }

    /** Values for {@code query}, every parameter given: never its defaults alone. */
    Map<String, String> allValues(SavedQuery query, Random random) {
        Map<String, String> values = new LinkedHashMap<>();
        query.parameters().forEach(parameter -> values.put(parameter.name(), value(parameter, random)));
        return inOrder(values);
    }

    /**
     * {@code values} with a range's two ends swapped when drawn the wrong way round: a reversed range is refused
     * ({@link PeriodRange}), and a benchmark asks what a user would.
     */
    private static Map<String, String> inOrder(Map<String, String> values) {
        String from = values.get(PeriodRange.FROM);
        String to = values.get(PeriodRange.TO);
        if (from != null && to != null && PeriodRange.reversed(from, to)) {
            values.put(PeriodRange.FROM, to);
            values.put(PeriodRange.TO, from);
        }
        return values;
    }

    private String value(QueryParameter parameter, Random random) {
        String name = parameter.name();
        ParameterType type = parameter.type();
        int year = 2000 + random.nextInt(26);
        return switch (type) {
            case IRI -> name.equals("state") || name.equals("partner") ? state(random) : resourceFor(name, random);
            case PERIOD -> random.nextBoolean() ? String.valueOf(year)
                    : String.format(Locale.ROOT, "%d-%02d", year, 1 + random.nextInt(12));
            case DATE -> String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            case YEAR -> String.valueOf(year);
            case INTEGER -> String.valueOf(1 + random.nextInt(100));
            case DECIMAL -> String.valueOf(random.nextInt(1000) / 10.0);
            case BOOLEAN -> String.valueOf(random.nextBoolean());
            case STRING -> pick(random, WORDS);
        };
    }

    /** A resource of the kind a parameter names ({@code article}, {@code event}, {@code person}), else any. */
    private String resourceFor(String name, Random random) {
        List<String> fitting = resources.stream().filter(r -> r.contains("/id/" + name + "/")).toList();
        return pick(random, fitting.isEmpty() ? resources : fitting);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
