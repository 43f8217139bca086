package diplokg.queries;

import diplokg.DiplokgException;
import diplokg.store.ReadTransaction;
import diplokg.store.StoreVersion;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Runs queries against a {@link QueryTarget}, binding saved-query parameters.
 *
 * <p>Parameters are bound by replacing their variables with RDF terms in the parsed query
 * ({@link QueryTransformOps}), so a value can never change the query's structure: a quote, a brace or a
 * {@code UNION} in a value stays inside one literal. A runner made by {@link #cached(int)} answers a query it
 * already ran on the same state of a local TDB2 store from a {@link ResultCache}. Thread-safe.
 */
public final class QueryRunner {

    private final QueryTarget target;
    private final Duration timeout;
    private final ResultCache cache;

    public QueryRunner(QueryTarget target, Duration timeout) {
        this(target, timeout, null);
    }

    private QueryRunner(QueryTarget target, Duration timeout, ResultCache cache) {
        this.target = Objects.requireNonNull(target, "target");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.cache = cache;
    }

    /**
     * This runner with a cache of up to {@code entries} answers holding at most one eighth of the maximum heap,
     * keyed by query text and the store's data version ({@link StoreVersion}); for a local TDB2 store only, other
     * targets run every query.
     */
    public QueryRunner cached(int entries) {
        return new QueryRunner(target, timeout, new ResultCache(entries));
    }

    /** {@link #cached(int)} holding at most {@code maxBytes} bytes of answers (estimated). */
    public QueryRunner cached(int entries, long maxBytes) {
        return new QueryRunner(target, timeout, new ResultCache(entries, maxBytes));
    }

    /**
     * This runner with another timeout, sharing this one's cache: a background job may fill the cache with answers
     * that take longer than a request may wait.
     */
    public QueryRunner withTimeout(Duration other) {
        return new QueryRunner(target, other, cache);
    }

    /** The longest a query of this runner runs. */
    public Duration timeout() {
        return timeout;
    }

    /** How the cache has served so far; all zero for a runner without one. */
    public CacheStatistics cacheStatistics() {
        return cache == null ? new CacheStatistics(0, 0, 0) : cache.statistics();
    }

    /**
     * Runs {@code saved} with parameter {@code values} (by parameter name).
     *
     * @throws QueryParameterException when a value is unknown, missing or of the wrong type
     */
    public QueryResult run(SavedQuery saved, Map<String, String> values) {
        return run(bind(saved, values));
    }

    /** The saved query with its parameters replaced by RDF terms. */
    public static Query bind(SavedQuery saved, Map<String, String> values) {
        Map<String, QueryParameter> byName = new HashMap<>();
        saved.parameters().forEach(p -> byName.put(p.name(), p));
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                String known = byName.isEmpty() ? "it takes none"
                        : "its parameters: " + String.join(", ", byName.keySet());
                throw new QueryParameterException("query '" + saved.name() + "' has no parameter '" + name + "'; "
                        + known);
            }
        }
        Map<Var, Node> bindings = new HashMap<>();
        Map<String, String> bound = new HashMap<>();
        for (QueryParameter parameter : saved.parameters()) {
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
            if (value == null && parameter.required()) {
                throw new QueryParameterException("query '" + saved.name() + "' needs parameter '" + parameter.name()
                        + "' (" + parameter.type().jsonName() + ")");
            }
            if (value != null) {
                bindings.put(Var.alloc(parameter.variable()), parameter.type().toNode(parameter.name(), value));
                bound.put(parameter.name(), value);
            }
        }
        PeriodRange.check(byName, bound);
        return bindings.isEmpty() ? saved.query() : QueryTransformOps.transform(saved.query(), bindings);
    }

    /**
     * A copy of {@code query} that gives page {@code page} (from 1) of its rows, {@code size} rows a page: the rows
     * the query itself gives (its own LIMIT and OFFSET) are the ones paged. ASK queries are returned as they are.
     */
    public static Query page(Query query, int size, int page) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page " + page + " of " + size + " rows");
        }
        if (query.isAskType()) {
            return query;
        }
        long skipped = (long) (page - 1) * size;
        long offset = (query.hasOffset() ? query.getOffset() : 0) + skipped;
        long limit = query.hasLimit() ? Math.max(0, Math.min(size, query.getLimit() - skipped)) : size;
        if (page == 1 && query.hasLimit() && query.getLimit() <= size) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(limit);
        if (offset > 0) {
            copy.setOffset(offset);
        }
        return copy;
    }

    /**
     * Parses {@code text} as SPARQL 1.1, with {@code prefixes} declared beforehand so that a query typed in a terminal
     * may use them without PREFIX lines; its own PREFIX lines win. Line and column numbers refer to {@code text}.
     *
     * @param origin what the text is, for messages ("the query", a file name)
     * @throws QuerySyntaxException when the text is not a query
     */
    public static Query parse(String text, String origin, PrefixMapping prefixes) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(prefixes));
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QuerySyntaxException(origin, e);
        }
    }

    /**
     * Runs a parsed query, or answers it from the cache when it ran on the same state of the store.
     *
     * @throws QueryTimeoutException when the query runs longer than this runner's timeout
     */
    public QueryResult run(Query query) {
        return run(query, execution -> { });
    }

    /**
     * {@link #run(Query)}, handing the execution to {@code started} before its results are read, so that another
     * thread may {@link QueryExecution#abort() abort} it. Not called when the answer comes from the cache.
     */
    public QueryResult run(Query query, Consumer<QueryExecution> started) {
        return fromCache(version -> cache.get(CacheKey.of(query).text(), version, timeout,
                () -> execute(query, started)), () -> execute(query, started));
    }

    /**
     * What {@code cached} gives for the store's current version when this runner has a cache over a local store,
     * else what {@code uncached} gives. The version is read in the read transaction the query then runs in, so the
     * two agree.
     */
    private <T> T fromCache(Function<StoreVersion, T> cached, Supplier<T> uncached) {
        if (cache == null || !(target instanceof QueryTarget.Local local)) {
            return uncached.get();
        }
        try {
            return ReadTransaction.calculate(local.dataset(),
                    () -> StoreVersion.current(local.dataset()).map(cached).orElseGet(uncached));
        } catch (QueryCancelledException e) {
            // Waited this runner's timeout for the same query started by another caller.
            throw timedOut(e);
        } catch (QueryTimeoutException e) {
            // Shared the failure of the same query started by a caller with a longer timeout (the cache warmer): it
            // needs more than this runner's timeout too, which is the limit this caller was given.
            if (e.timeout().compareTo(timeout) > 0 && e.getCause() instanceof QueryCancelledException cancelled) {
                throw timedOut(cancelled);
            }
            throw e;
        }
    }

    /**
     * The answer of {@code query} written as {@code format} by {@code writer}. With a cache, the bytes are kept beside
     * the answer for the same state of the store: a request asking again for a large answer in the same format gets
     * the same bytes, without writing its rows again. Keyed by the writer itself too, so two writers set up
     * differently (another table width, other prefixes) never share bytes.
     *
     * @throws QueryTimeoutException when the query runs longer than this runner's timeout
     */
    public WrittenAnswer written(Query query, ResultFormat format, ResultWriter writer) {
        return fromCache(version -> {
            String text = CacheKey.of(query).text();
            return cache.written(text, version, new Writing(format, writer), timeout,
                    () -> WrittenAnswer.of(cache.get(text, version, timeout, () -> execute(query, execution -> { })),
                            format, writer));
        }, () -> WrittenAnswer.of(run(query), format, writer));
    }

    /** What written bytes are kept under, beside the query and the store's version. */
    private record Writing(ResultFormat format, ResultWriter writer) {
    }

    private QueryResult execute(Query query, Consumer<QueryExecution> started) {
        try {
            return target.execute(query, timeout, execution -> {
                started.accept(execution);
                return result(query, execution);
            });
        } catch (QueryCancelledException e) {
            throw timedOut(e);
        } catch (TextIndexParseException e) {
            // The words given to text:query are Lucene query syntax; in a saved query they are a parameter's value.
            throw QueryParameterException.badSearchText(e);
        }
    }

    private QueryTimeoutException timedOut(QueryCancelledException e) {
        return new QueryTimeoutException(timeout, e);
    }

    private static QueryResult result(Query query, QueryExecution execution) {
        if (query.isSelectType()) {
            return new QueryResult.Rows(ResultSetFactory.copyResults(execution.execSelect()));
        }
        if (query.isAskType()) {
            return new QueryResult.Answer(execution.execAsk());
        }
        if (query.isConstructType()) {
            return new QueryResult.Triples(execution.execConstruct());
        }
        if (query.isDescribeType()) {
            return new QueryResult.Triples(execution.execDescribe());
        }
        throw new DiplokgException("unsupported query form: " + query.queryType());
    }
}
