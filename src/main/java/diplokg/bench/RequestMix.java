package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.queries.SavedQuery;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The requests of a load run, drawn at random: a saved query of {@code /api/queries} with parameter values that vary
 * (states and resources the store holds, years, months and days, search words; optional parameters given half the
 * time), a resource page of {@code /id/} as Turtle, JSON-LD or HTML, or a SPARQL query on {@code /kg/sparql} about a
 * random resource or state, with a varied {@code LIMIT}/{@code OFFSET}. What the store holds is asked of the server
 * once, at the start.
 */
final class RequestMix {

    /**
     * One request: its kind and what it asks for (for the report: a saved query's name, a page's resource type and
     * format, a SPARQL query's shape), address and {@code Accept} header.
     */
    record Request(String kind, String target, URI uri, String accept) {
    }

    static final List<String> KINDS = List.of("saved query", "resource page", "sparql");

    private static final List<String> SPARQL_SHAPES = List.of("properties of a resource", "subjects naming a state",
            "properties counted");
    private static final List<String> PAGE_TYPES = List.of("text/turtle", "application/ld+json", "text/html");

    private final URI server;
    private final List<SavedQuery> queries;
    private final ParameterDraws draws;

    private RequestMix(URI server, List<SavedQuery> queries, ParameterDraws draws) {
        this.server = server;
        this.queries = List.copyOf(queries);
        this.draws = draws;
    }

    /** Asks the server at {@code server} which resources and states its articles hold. */
    static RequestMix of(HttpClient client, URI server, List<SavedQuery> queries, BaseIri base) {
        return new RequestMix(server, queries, ParameterDraws.of(query -> column(client, server, query), base,
                server.toString()));
    }

    /**
     * Asks every saved query once with its default parameters, one after the other: each waits for the server's
     * background warm-up of that answer (see {@code CacheWarmer}), so that the load run starts on a warm server.
     */
    void warmUp(HttpClient client) {
        for (SavedQuery query : queries) {
            HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/queries/" + query.name()))
                    .timeout(Duration.ofMinutes(2)).GET().build();
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new DiplokgException(request.uri() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiplokgException("interrupted while warming " + server, e);
            }
        }
    }

    /** The next request: a saved query half the time, else a resource page or SPARQL. */
    Request next(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.5) {
            return savedQuery(random);
        }
        if (draw < 0.8) {
            String path = draws.resource(random);
            path = path.substring(path.indexOf("/id/") + 4);
            String accept = pick(random, PAGE_TYPES);
            return new Request(KINDS.get(1), path.substring(0, Math.max(0, path.indexOf('/'))) + " as " + accept,
                    server.resolve("/id/" + path), accept);
        }
        return sparql(random);
    }

    private Request savedQuery(Random random) {
        SavedQuery query = pick(random, queries);
        List<String> parameters = new ArrayList<>();
        draws.values(query, random).forEach((name, value) -> parameters.add(name + "=" + encode(value)));
        String format = random.nextInt(4) == 0 ? "csv" : "json";
        parameters.add("format=" + format);
        return new Request(KINDS.get(0), query.name(), server.resolve("/api/queries/" + query.name() + "?"
                + String.join("&", parameters)), "*/*");
    }

    private Request sparql(Random random) {
        int shape = random.nextInt(3);
        String query = switch (shape) {
            case 0 -> "SELECT ?p ?o WHERE { <" + draws.resource(random) + "> ?p ?o } LIMIT 100";
            case 1 -> "SELECT ?s ?p WHERE { ?s ?p <" + draws.state(random) + "> } LIMIT " + (10 + random.nextInt(90))
                    + " OFFSET " + random.nextInt(50);
            default -> "SELECT ?p (COUNT(*) AS ?n) WHERE { <" + draws.resource(random) + "> ?p ?o } GROUP BY ?p";
        };
        return new Request(KINDS.get(2), SPARQL_SHAPES.get(shape),
                server.resolve("/kg/sparql?query=" + encode(query)),
                random.nextBoolean() ? "application/sparql-results+json" : "text/csv");
    }

    private static List<String> column(HttpClient client, URI server, String query) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/kg/sparql?query=" + encode(query)))
                .header("Accept", "text/csv").timeout(Duration.ofMinutes(2)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DiplokgException(request.uri() + " answered HTTP " + response.statusCode());
            }
            return response.body().lines().skip(1).filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new DiplokgException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("interrupted while asking " + server, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
