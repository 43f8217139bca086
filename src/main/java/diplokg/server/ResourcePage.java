package diplokg.server;

import diplokg.vocab.Dkg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * The HTML page of one resource, from its description ({@link ResourceDescriber}): its label as title (French,
 * else English), its types, its properties with links, the sentences and articles that attest the facts about it,
 * the resources pointing to it, and links that open SPARQL queries about it. Property and class names come from
 * the ontology's labels. Every value from the store is escaped ({@link Html}).
 */
final class ResourcePage {

    private final Model ontology;
    private final ResourcePaths paths;

    ResourcePage(Model ontology, ResourcePaths paths) {
        this.ontology = ontology;
        this.paths = paths;
    }

    /** The page of {@code iri} described by {@code description}. */
    String render(String iri, Model description) {
        Resource subject = description.createResource(iri);
        Html html = new Html().page(name(description, subject) + " – diplokg", "en");
        html.open("h1");
        label(html, description, subject);
        html.close("h1");
        html.open("p", "class", "muted").open("code").text(iri).close("code").close("p");
        html.open("p").text("Types: ");
        description.listObjectsOfProperty(subject, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource)
                .sorted(Comparator.comparing(RDFNode::toString))
                .forEach(type -> term(html, type.asResource()).text(" "));
        html.close("p");
        properties(html, description, subject);
        evidence(html, description, subject);
        incoming(html, description, subject);
        queries(html, iri);
        return html.end();
    }

    private void properties(Html html, Model description, Resource subject) {
        Map<String, List<Statement>> byProperty = new TreeMap<>();
        description.listStatements(subject, null, (RDFNode) null).forEach(s -> {
            if (!s.getPredicate().equals(RDF.type)) {
                byProperty.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s);
            }
        });
        html.element("h2", "Properties").open("table");
        byProperty.forEach((property, statements) -> {
            html.open("tr").open("th");
            term(html, description.createResource(property));
            html.close("th").open("td");
            statements.stream().map(Statement::getObject).sorted(Comparator.comparing(RDFNode::toString))
                    .forEach(value -> value(html, description, value).open("br"));
            html.close("td").close("tr");
        });
        html.close("table");
    }

    private void evidence(Html html, Model description, Resource subject) {
        List<Resource> facts = description.listSubjectsWithProperty(Dkg.evidence).toList().stream()
                .filter(f -> f.equals(subject) || description.contains(f, null, subject))
                .sorted(Comparator.comparing(Resource::toString))
                .toList();
        if (facts.isEmpty()) {
            return;
        }
        html.element("h2", "Evidence").open("ul");
        for (Resource fact : facts) {
            html.open("li");
            if (!fact.equals(subject)) {
                value(html, description, fact).text(": ");
            }
            description.listObjectsOfProperty(fact, Dkg.evidence).forEach(sentence -> {
                Statement text = sentence.isResource() ? sentence.asResource().getProperty(Dkg.text) : null;
                html.element("blockquote", text == null ? sentence.toString() : text.getString());
            });
            description.listObjectsOfProperty(fact, Dkg.statedIn).forEach(article ->
                    value(html.text("Source: "), description, article));
            html.close("li");
        }
        html.close("ul");
    }

    private void incoming(Html html, Model description, Resource subject) {
        List<Statement> links = description.listStatements(null, null, subject).toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getSubject().toString()))
                .toList();
        if (links.isEmpty()) {
            return;
        }
        html.element("h2", "Pointing here").open("table");
        for (Statement link : links) {
            html.open("tr").open("td");
            value(html, description, link.getSubject()).close("td").open("td");
            term(html, link.getPredicate()).close("td").close("tr");
        }
        html.close("table");
        if (links.size() >= ResourceDescriber.INCOMING_LIMIT) {
            html.element("p", "Only the first " + ResourceDescriber.INCOMING_LIMIT + " are shown.", "class", "muted");
        }
    }

    private void queries(Html html, String iri) {
        html.element("h2", "Query").open("p");
        html.link(sparql("DESCRIBE <" + iri + ">"), "DESCRIBE in SPARQL").text(" · ");
        html.link(sparql("SELECT ?property ?value WHERE { <" + iri + "> ?property ?value }"), "its properties")
                .text(" · ");
        html.link(sparql("SELECT ?subject ?property WHERE { ?subject ?property <" + iri + "> } LIMIT 1000"),
                "what points to it");
        html.close("p");
    }

    private static String sparql(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** A value: a link labelled from the description for a resource, the text and its language for a literal. */
    private Html value(Html html, Model description, RDFNode node) {
        if (node.isURIResource()) {
            return html.link(paths.hrefOf(node.asResource().getURI()), name(description, node.asResource()));
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            if (!literal.getLanguage().isEmpty()) {
                return html.element("span", literal.getLexicalForm(), "lang", literal.getLanguage());
            }
            return html.text(literal.getLexicalForm());
        }
        return html.text(node.toString());
    }

    /** A property or class, named by its ontology label. */
    private Html term(Html html, Resource term) {
        return html.link(paths.hrefOf(term.getURI()), Labels.text(ontology, ontology.createResource(term.getURI())));
    }

    private void label(Html html, Model description, Resource subject) {
        Labels.of(description, subject).ifPresentOrElse(
                l -> html.element("span", l.getLexicalForm(), "lang", l.getLanguage()),
                () -> html.text(paths.shortName(subject.getURI())));
    }

    /** The label of {@code resource}, else its short name. */
    private String name(Model description, Resource resource) {
        return Labels.of(description, resource).map(Literal::getLexicalForm)
                .orElseGet(() -> resource.isURIResource() ? paths.shortName(resource.getURI()) : resource.toString());
    }
}
