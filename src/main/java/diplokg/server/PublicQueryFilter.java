package diplokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a query sent to the public service before Fuseki reads it: its size, and whether it asks for a federated
 * {@code SERVICE} the {@link FederationPolicy} refuses. Errors are JSON ({@link ErrorReply}).
 * <ul>
 * <li>413 when the query text is longer than {@value #MAX_QUERY_BYTES} bytes, whether sent as {@code query=} (URL
 * or form) or as an {@code application/sparql-query} body, and when a form body is longer than
 * {@value #MAX_FORM_BYTES} bytes (checked on {@code Content-Length} and while reading, before anything is
 * parsed: a 4 MB literal took ARQ's parser 11.6 s);</li>
 * <li>400 when the form cannot be read (more than Jetty's 1,000 parameters, say, which Fuseki answered 500);</li>
 * <li>400 naming the endpoint when the query calls a SERVICE that is not allowed;</li>
 * <li>400 saying the service is read-only, and where updates go, for a SPARQL Update ({@code update=} or an
 * {@code application/sparql-update} body): Fuseki's own answer, "No 'query=' parameter", named neither.</li>
 * </ul>
 * A query that does not parse is passed on: Fuseki answers it 400 with the parser's message. {@code FROM} and
 * {@code FROM NAMED} need nothing here: Fuseki picks those graphs among the dataset's named graphs and never
 * dereferences their IRIs (a test holds it to that).
 */
final class PublicQueryFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PublicQueryFilter.class);

    /** The longest query text, in bytes (UTF-8). */
    static final int MAX_QUERY_BYTES = 64 * 1024;
    /** The longest form body ({@code application/x-www-form-urlencoded}), in bytes: Jetty's own form limit. */
    static final int MAX_FORM_BYTES = 200_000;

    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final transient FederationPolicy federation;

    PublicQueryFilter(FederationPolicy federation) {
        this.federation = Objects.requireNonNull(federation, "federation");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = mediaType(request);
        HttpServletRequest forwarded = request;
        String text;
        if (SPARQL_UPDATE.equals(type)) {
            refuse(request, response, readOnly());
            return;
        }
        if ("POST".equals(request.getMethod()) && SPARQL_QUERY.equals(type)) {
            byte[] body = readAtMost(request, MAX_QUERY_BYTES);
            if (body == null) {
                refuse(request, response, tooLarge("query", MAX_QUERY_BYTES));
                return;
            }
            forwarded = new ReadBody(request, body);
            text = new String(body, StandardCharsets.UTF_8);
        } else {
            if ("POST".equals(request.getMethod()) && FORM.equals(type)
                    && request.getContentLengthLong() > MAX_FORM_BYTES) {
                refuse(request, response, tooLarge("form", MAX_FORM_BYTES));
                return;
            }
            try {
                text = request.getParameter("query");
            } catch (RuntimeException e) {
                refuse(request, response, ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, "the request's"
                        + " parameters cannot be read (at most 1,000 parameters and " + MAX_FORM_BYTES
                        + " bytes of form): " + e.getMessage()));
                return;
            }
            if (text != null && text.getBytes(StandardCharsets.UTF_8).length > MAX_QUERY_BYTES) {
                refuse(request, response, tooLarge("query", MAX_QUERY_BYTES));
                return;
            }
            if (text == null && request.getParameter("update") != null) {
                refuse(request, response, readOnly());
                return;
            }
        }
        Optional<String> refused = text == null ? Optional.empty() : refusal(text);
        if (refused.isPresent()) {
            refuse(request, response, ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, refused.get()));
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private Optional<String> refusal(String text) {
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryException e) {
            return Optional.empty();
        }
        return federation.refusal(query);
    }

    private static ErrorReply readOnly() {
        return ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, "this service is read-only: it answers queries"
                + " (query=); SPARQL Update goes to " + DiplokgServer.ADMIN + "/update, which needs a login");
    }

    private static ErrorReply tooLarge(String what, int limit) {
        return ErrorReply.of(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the " + what + " is longer than "
                + limit + " bytes, the most this server accepts");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ErrorReply error)
            throws IOException {
        LOG.info("{} {} refused from {}: {} {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr(), error.status(), error.message());
        error.with("path", request.getRequestURI()).send(response);
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The body, or null when it is longer than {@code limit} bytes (then read no further than that). */
    private static byte[] readAtMost(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    /** The request with its body already read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
