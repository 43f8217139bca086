package diplokg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Which endpoints a query may call with {@code SERVICE}: only those the configuration names with
 * {@value #PROPERTY_IRI} (on any resource of {@code fuseki-config.ttl}); none by default.
 *
 * <p>Why: a federated query makes the server open an HTTP connection to an address the caller chooses, from inside
 * the server's network, and hand back the answer (server-side request forgery), and a SERVICE to an address that
 * never answers held a request 190 s, past the query timeout. The policy is applied twice: before the query runs, by
 * {@link PublicQueryFilter} on the public service (400 naming the endpoint, {@link #refusal(Query)}), and where ARQ
 * executes a SERVICE, as the first link of the dataset's service executor chain ({@link #executor()}), which sees
 * what the first check cannot (a SERVICE whose endpoint is a variable bound at run time) and covers every way into
 * the store.
 *
 * @param allowed the endpoint IRIs a SERVICE may call
 */
record FederationPolicy(Set<String> allowed) {

    /** The configuration property naming one allowed endpoint. */
    static final String PROPERTY_IRI = ServerConfiguration.NS + "allowedService";

    FederationPolicy {
        allowed = Set.copyOf(allowed);
    }

    /** The endpoints {@code config} allows. */
    static FederationPolicy of(Model config) {
        Property property = ResourceFactory.createProperty(PROPERTY_IRI);
        Set<String> allowed = new TreeSet<>();
        for (RDFNode endpoint : config.listObjectsOfProperty(property).toList()) {
            allowed.add(endpoint.isURIResource() ? endpoint.asResource().getURI()
                    : endpoint.asLiteral().getLexicalForm());
        }
        return new FederationPolicy(allowed);
    }

    /** Why {@code endpoint} may not be called, or empty when it may. */
    Optional<String> refusal(Node endpoint) {
        if (endpoint.isURI() && allowed.contains(endpoint.getURI())) {
            return Optional.empty();
        }
        String named = endpoint.isURI() ? "<" + endpoint.getURI() + ">" : endpoint.toString();
        return Optional.of("federated query to " + named + " refused: this server calls no SERVICE endpoint other than"
                + " those allowed by " + PROPERTY_IRI + " in its configuration"
                + (allowed.isEmpty() ? " (none)" : " (" + String.join(", ", allowed) + ")"));
    }

    /** Why {@code query} may not run, naming the first SERVICE endpoint it calls that is not allowed; or empty. */
    Optional<String> refusal(Query query) {
        List<Node> endpoints = new ArrayList<>();
        collectServices(Algebra.compile(query), endpoints);
        return endpoints.stream().map(this::refusal).flatMap(Optional::stream).findFirst();
    }

    /** The SERVICE endpoints of {@code op}, including those inside FILTER EXISTS and NOT EXISTS. */
    private static void collectServices(Op op, List<Node> endpoints) {
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                endpoints.add(service.getService());
            }
        };
        ExprVisitorBase patterns = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp function) {
                collectServices(function.getGraphPattern(), endpoints);
            }
        };
        Walker.walk(op, services, patterns);
    }

    /** The first link of a service executor chain: refuses what this policy refuses, passes the rest on. */
    ChainingServiceExecutor executor() {
        return (OpService opExecute, OpService original, Binding binding, ExecutionContext context,
                ServiceExecutor chain) -> {
            Optional<String> refused = refusal(opExecute.getService());
            if (refused.isPresent()) {
                throw new QueryDeniedException(refused.get());
            }
            return chain.createExecution(opExecute, original, binding, context);
        };
    }
}
