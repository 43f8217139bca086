package diplokg.server;

import diplokg.queries.CacheKey;
import diplokg.queries.ParameterType;
import diplokg.queries.ParameterValues;
import diplokg.queries.QueryParameter;
import diplokg.queries.QueryParameterException;
import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.queries.ResultFormat;
import diplokg.queries.ResultWriter;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.queries.StateNames;
import diplokg.queries.UnknownQueryException;
import diplokg.queries.WrittenAnswer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/queries/{name}?param=value}: runs one saved query against the served dataset and answers in the
 * negotiated format.
 *
 * <p>Parameters are bound as RDF terms by {@link QueryRunner#bind}; a value never becomes query text. Errors are
 * JSON ({@link ErrorReply}): 404 for an unknown query, 400 for an unknown, repeated, missing or ill-typed parameter,
 * 406 when no format fits, 503 when the query runs out of time ({@link GuardedServlet}). Answers are capped at
 * {@code maxRows} solutions by lowering the query's {@code LIMIT}; a query asking for fewer keeps its own.
 *
 * <p>Design decision: a plain servlet added by {@link SavedQueryModule}, not a Fuseki operation. A Fuseki operation
 * ({@code ActionService} registered with an {@code Operation}) is an endpoint of one dataset service, reached as
 * {@code /kg/{endpoint}}, and answers through Fuseki's action lifecycle: its errors are Fuseki's plain-text replies
 * and a request no format fits gets a default format. The API is a path per query ({@code /api/queries/{name}})
 * whose last segment names the query, answers every error as JSON, and answers 406 when no format fits; the
 * dataset it reads is the one the module takes from the builder, so it needs nothing else of Fuseki's dispatch.
 */
final class SavedQueryServlet extends GuardedServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SavedQueryServlet.class);
    /** The parameter that chooses a page of the answer, from 1. */
    static final String PAGE = "page";

    private final transient SavedQueryCatalog catalog;
    private final transient QueryRunner runner;
    private final transient ResultWriter writer;
    private final transient PrefixMapping prefixes;
    private final int maxRows;
    private final transient StateNames states;

    SavedQueryServlet(SavedQueryCatalog catalog, QueryRunner runner, ResultWriter writer, PrefixMapping prefixes,
                      int maxRows, StateNames states) {
        this.catalog = catalog;
        this.runner = runner;
        this.writer = writer;
        this.prefixes = prefixes;
        this.maxRows = maxRows;
        this.states = states;
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        SavedQuery saved;
        try {
            saved = catalog.get(name);
        } catch (UnknownQueryException e) {
            ErrorReply.of(HttpServletResponse.SC_NOT_FOUND, e.getMessage()).with("query", name)
                    .with("known", catalog.all().stream().map(SavedQuery::name).toList()).send(response);
            return;
        }
        Query query;
        int page;
        try {
            Map<String, String> values = given(saved, request.getParameterMap());
            page = page(request.getParameter(PAGE));
            query = CacheKey.of(saved, values, maxRows, page).query();
            requireHeld(saved, values);
        } catch (QueryParameterException e) {
            badParameter(saved, e.getMessage()).send(response);
            return;
        }
        Optional<String> mediaType = ContentNegotiation.choose(request, response,
                AnswerFormats.offers(saved.query()));
        if (mediaType.isPresent()) {
            ResultFormat format = AnswerFormats.byMediaType(saved.query(), mediaType.get()).orElseThrow();
            WrittenAnswer answer;
            try {
                answer = runner.written(query, format, writer);
            } catch (QueryParameterException e) {
                // A value only the query's execution can judge: the words of a full-text search.
                badParameter(saved, e.getMessage()).send(response);
                return;
            }
            if (answer.rows() >= 0) {
                boolean full = answer.rows() >= saved.pageSize(maxRows);
                response.setHeader("Link", PageLinks.of(request, page, full));
            }
            write(saved, answer, format, response);
        }
    }

    /** The page asked for: 1 when not given. */
    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new QueryParameterException("parameter '" + PAGE + "' must be a page number from 1, got '" + value
                + "'");
    }

    private void write(SavedQuery saved, WrittenAnswer answer, ResultFormat format, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType());
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(answer.bytes().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(answer.bytes());
        }
        LOG.debug("Answered saved query {} as {}", saved.name(), format);
    }

    /**
     * What a request with {@code parameters} (the servlet API's parameter map) runs, and its cache key.
     *
     * @throws QueryParameterException when a parameter is repeated, unknown, missing or ill-typed
     */
    CacheKey key(SavedQuery saved, Map<String, String[]> parameters) {
        return CacheKey.of(saved, given(saved, parameters), maxRows);
    }

    /** The values a request gives, short IRIs ({@code state:RU}) expanded as the command line does. */
    private Map<String, String> given(SavedQuery saved, Map<String, String[]> parameters) {
        return ParameterValues.expand(saved, values(parameters), prefixes, states);
    }

    /**
     * Every IRI a request gives names something the store holds: a mistyped or unknown IRI would otherwise be
     * answered 200 with no rows, as if the store knew nothing about a thing that exists.
     *
     * @throws QueryParameterException naming the parameter and the IRI
     */
    private void requireHeld(SavedQuery saved, Map<String, String> values) {
        for (QueryParameter parameter : saved.parameters()) {
            String value = values.get(parameter.name());
            if (value == null || parameter.type() != ParameterType.IRI) {
                continue;
            }
            String iri = "<" + value + ">";
            Query ask = QueryFactory.create("ASK { { " + iri + " ?p ?o } UNION { ?s ?p " + iri + " } }");
            if (runner.run(ask) instanceof QueryResult.Answer answer && !answer.value()) {
                throw new QueryParameterException("parameter '" + parameter.name() + "' names nothing the store "
                        + "holds: " + value + " (use an IRI from a result, or a short form such as state:RU)");
            }
        }
    }

    /** The request's parameters, one value each. */
    private static Map<String, String> values(Map<String, String[]> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((key, given) -> {
            if (key.equals(ContentNegotiation.FORMAT_PARAMETER) || key.equals(PAGE)) {
                return;
            }
            if (given.length != 1) {
                throw QueryParameterException.repeated(key, given.length);
            }
            values.put(key, given[0]);
        });
        return values;
    }

    private static ErrorReply badParameter(SavedQuery saved, String message) {
        List<String> parameters = saved.parameters().stream().map(SavedQueryServlet::describe).toList();
        return ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, message).with("query", saved.name())
                .with("parameters", parameters);
    }

    private static String describe(QueryParameter parameter) {
        return parameter.name() + " (" + parameter.type().jsonName() + (parameter.required() ? ", required" : "")
                + (parameter.defaultValue() == null ? "" : ", default " + parameter.defaultValue()) + ")";
    }
}
