package diplokg.server;

import diplokg.knowledge.DateText;
import diplokg.vocab.Dkg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of one resource, knowledge first: its name as title (an event's type, date and place), then what
 * the saved queries say about it ({@link KnowledgeSections} for partners and people, {@link ArticleText} for an
 * article, the type, date, place and participants of an event), then its properties with links, the sentences and
 * articles that attest the facts about it, the resources pointing to it, and at the end, collapsed, the names and
 * spellings it is recognised by (lexicon data). Values sort as people read numbers ({@link NaturalOrder}); long
 * lists page ({@link RowTable}). Property and class names come from the ontology's labels. Every value from the
 * store is escaped ({@link Html}).
 */
final class ResourcePage {

    private static final List<Property> EVENT_FACTS = List.of(Dkg.eventType, Dkg.date, Dkg.place, Dkg.participant);

    private final Model ontology;
    private final ResourcePaths paths;
    private final KnowledgeSections knowledge;
    private final ArticleText articleText;
    private final ResourceNames names;
    private final NameLookup lookup;

    ResourcePage(Model ontology, ResourcePaths paths, KnowledgeSections knowledge, ArticleText articleText,
                 NameLookup lookup) {
        this.ontology = ontology;
        this.paths = paths;
        this.knowledge = knowledge;
        this.articleText = articleText;
        this.names = new ResourceNames(paths);
        this.lookup = lookup;
    }

    /** The page of {@code iri} described by {@code described}. */
    String render(String iri, Model described) {
        // The description with what names the resources it holds (a position or an event pointing here, the fact of
        // an evidence sentence): only more about other resources, so the page's structure is the description's.
        Model description = ModelFactory.createUnion(described, lookup.of(others(described, iri)));
        Resource subject = description.createResource(iri);
        Html html = new Html().page(names.name(description, subject) + " – diplokg", "en");
        html.open("h1");
        names.title(html, description, subject);
        html.close("h1");
        html.open("p", "class", "muted").open("code").text(iri).close("code").close("p");
        List<Resource> types = description.listObjectsOfProperty(subject, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        html.open("p").text("Types: ");
        separated(html, shownTypes(types), type -> term(html, type));
        html.close("p");
        if (types.contains(Dkg.Event) || types.contains(Dkg.Happening)) {
            event(html, description, subject);
        }
        knowledge.write(html, iri, types);
        if (types.contains(Dkg.Article)) {
            articleText.write(html, iri);
        }
        properties(html, description, subject, false, "Properties");
        evidence(html, description, subject);
        incoming(html, description, subject);
        if (hasLexicon(description, subject)) {
            html.open("details", "class", "lexicon");
            html.element("summary", "Names and spellings the extractor recognises (lexicon)");
            properties(html, description, subject, true, null);
            html.close("details");
        }
        queries(html, iri);
        return html.end();
    }

    /**
     * The types worth naming, each once: not one the ontology makes a superclass of another of them (a person is a
     * {@code dkg:Person} and, for other vocabularies' readers, a {@code foaf:Person}: "person" says both), and not
     * two under the same label.
     */
    private List<Resource> shownTypes(List<Resource> types) {
        Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        return types.stream()
                .filter(type -> types.stream().noneMatch(other -> !other.equals(type) && isSubclass(other, type)))
                .filter(type -> labels.add(Labels.text(ontology, ontology.createResource(type.getURI()))))
                .toList();
    }

    /** Whether the ontology makes {@code sub} a subclass of {@code type}, directly or through others. */
    private boolean isSubclass(Resource sub, Resource type) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> next = new ArrayList<>(List.of(ontology.createResource(sub.getURI())));
        while (!next.isEmpty()) {
            Resource current = next.remove(next.size() - 1);
            for (RDFNode parent : ontology.listObjectsOfProperty(current, RDFS.subClassOf).toList()) {
                if (parent.isURIResource() && seen.add(parent.asResource())) {
                    if (parent.asResource().getURI().equals(type.getURI())) {
                        return true;
                    }
                    next.add(parent.asResource());
                }
            }
        }
        return false;
    }

    /** An event (an article's mention or a happening) at a glance: its type, date, place and participants. */
    private void event(Html html, Model description, Resource event) {
        html.element("h2", "The event").open("dl", "class", "facts");
        for (Property property : EVENT_FACTS) {
            List<RDFNode> values = sorted(description.listObjectsOfProperty(event, property).toList());
            if (!values.isEmpty()) {
                html.open("dt");
                term(html, property).close("dt").open("dd");
                // Commas between: two names side by side read as one ("Gustavo Adriazén Luong Cuong").
                separated(html, values, value -> value(html, description, value));
                html.close("dd");
            }
        }
        html.close("dl");
    }

    /**
     * The properties of the subject, or with {@code lexicon} only its lexicon data: the names and forms it is
     * recognised by. A property is lexicon data when the ontology makes it a datatype property with any number of
     * values (spellings, adjectives, cities) or an annotation property of its own, or when it is an alternative
     * label: what has one value (a code, a date) or points to a resource is knowledge.
     */
    private void properties(Html html, Model description, Resource subject, boolean lexicon, String heading) {
        Map<String, List<Statement>> byProperty = new TreeMap<>();
        description.listStatements(subject, null, (RDFNode) null).forEach(s -> {
            if (!s.getPredicate().equals(RDF.type) && isLexicon(s.getPredicate()) == lexicon) {
                byProperty.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s);
            }
        });
        if (heading != null) {
            html.element("h2", heading);
        }
        html.open("table");
        byProperty.forEach((property, statements) -> {
            html.open("tr").open("th", "scope", "row");
            term(html, description.createResource(property));
            html.close("th").open("td");
            List<RDFNode> values = sorted(statements.stream().map(Statement::getObject).toList());
            values.subList(0, Math.min(values.size(), RowTable.FIRST_ROWS))
                    .forEach(value -> value(html, description, value).open("br"));
            if (values.size() > RowTable.FIRST_ROWS) {
                html.open("details").element("summary", (values.size() - RowTable.FIRST_ROWS) + " more");
                values.subList(RowTable.FIRST_ROWS, values.size())
                        .forEach(value -> value(html, description, value).open("br"));
                html.close("details");
            }
            html.close("td").close("tr");
        });
        html.close("table");
    }

    /**
     * The IRIs of the description other than {@code iri} and the types: also those it gives a label, since an event
     * is named by its parts rather than by its label ({@link ResourceNames}).
     */
    private static Set<String> others(Model description, String iri) {
        Set<String> iris = new TreeSet<>();
        description.listStatements().forEach(s -> {
            if (s.getSubject().isURIResource()) {
                iris.add(s.getSubject().getURI());
            }
            if (s.getObject().isURIResource() && !s.getPredicate().equals(RDF.type)) {
                iris.add(s.getObject().asResource().getURI());
            }
        });
        iris.remove(iri);
        return iris;
    }

    private boolean hasLexicon(Model description, Resource subject) {
        return description.listStatements(subject, null, (RDFNode) null).toList().stream()
                .anyMatch(s -> isLexicon(s.getPredicate()));
    }

    private boolean isLexicon(Property property) {
        if (property.equals(SKOS.altLabel) || property.equals(SKOS.hiddenLabel)) {
            return true;
        }
        Resource term = ontology.createResource(property.getURI());
        boolean own = property.getURI().startsWith(Dkg.NS);
        return own && (ontology.contains(term, RDF.type, OWL.AnnotationProperty)
                || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                && !ontology.contains(term, RDF.type, OWL.FunctionalProperty)
                && !property.equals(Dkg.title) && !property.equals(Dkg.place));
    }

    private void evidence(Html html, Model description, Resource subject) {
        List<Resource> facts = description.listSubjectsWithProperty(Dkg.evidence).toList().stream()
                .filter(f -> f.equals(subject) || description.contains(f, null, subject))
                .sorted(Comparator.comparing(Resource::toString, NaturalOrder.INSTANCE))
                .toList();
        if (facts.isEmpty()) {
            return;
        }
        html.element("h2", "Evidence").open("ul", "class", "evidence");
        for (Resource fact : facts) {
            html.open("li");
            if (!fact.equals(subject)) {
                value(html, description, fact);
            }
            description.listObjectsOfProperty(fact, Dkg.evidence).forEach(sentence -> {
                Statement text = sentence.isResource() ? sentence.asResource().getProperty(Dkg.text) : null;
                html.element("blockquote", text == null ? sentence.toString() : text.getString());
            });
            description.listObjectsOfProperty(fact, Dkg.statedIn).forEach(article -> {
                html.open("span", "class", "source").text("Source: ");
                value(html, description, article).close("span");
            });
            html.close("li");
        }
        html.close("ul");
    }

    private void incoming(Html html, Model description, Resource subject) {
        List<Statement> links = description.listStatements(null, null, subject).toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getSubject().toString(), NaturalOrder.INSTANCE))
                .toList();
        if (links.isEmpty()) {
            return;
        }
        html.element("h2", "Pointing here").open("div", "class", "table-wrap").open("table");
        int shown = 0;
        for (Statement link : links) {
            if (shown++ == RowTable.FIRST_ROWS) {
                html.close("table").open("details").element("summary", (links.size() - RowTable.FIRST_ROWS)
                        + " more").open("table");
            }
            html.open("tr").open("td");
            value(html, description, link.getSubject()).close("td").open("td");
            term(html, link.getPredicate()).close("td").close("tr");
        }
        html.close("table");
        if (links.size() > RowTable.FIRST_ROWS) {
            html.close("details");
        }
        html.close("div");
        if (links.size() >= ResourceDescriber.INCOMING_LIMIT) {
            html.element("p", "Only the first " + ResourceDescriber.INCOMING_LIMIT + " are shown.", "class", "muted");
        }
    }

    /** Links that open queries about the resource in the SPARQL editor, and the description in RDF. */
    private void queries(Html html, String iri) {
        html.element("h2", "Query").open("p");
        html.link(editor("DESCRIBE <" + iri + ">"), "DESCRIBE in SPARQL").text(" · ");
        html.link(editor("SELECT ?property ?value WHERE { <" + iri + "> ?property ?value }"), "its properties")
                .text(" · ");
        html.link(editor("SELECT ?subject ?property WHERE { ?subject ?property <" + iri + "> } LIMIT 1000"),
                "what points to it").text(" · ");
        String path = paths.hrefOf(iri);
        html.link(path + "?format=ttl", "Turtle").text(" · ").link(path + "?format=jsonld", "JSON-LD");
        html.close("p");
    }

    private static String editor(String query) {
        return DiplokgServer.DATASET + "/sparql?" + ServiceDescriptionFilter.EDIT + "="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<RDFNode> sorted(List<RDFNode> values) {
        return values.stream().sorted(Comparator.comparing(RDFNode::toString, NaturalOrder.INSTANCE)).toList();
    }

    /** Writes each of {@code items} with {@code write}, a comma between two. */
    private static <T> void separated(Html html, List<T> items, Consumer<T> write) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                html.text(", ");
            }
            write.accept(items.get(i));
        }
    }

    /**
     * A value: a link labelled from the description for a resource; for a literal its text, and its language after
     * it, so that a name the same in English and French shows as two labels, not as the same one twice.
     */
    private Html value(Html html, Model description, RDFNode node) {
        if (node.isURIResource()) {
            return html.link(paths.hrefOf(node.asResource().getURI()), names.name(description, node.asResource()));
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            if (!literal.getLanguage().isEmpty()) {
                return html.element("span", literal.getLexicalForm(), "lang", literal.getLanguage())
                        .element("span", " (" + literal.getLanguage() + ")", "class", "muted");
            }
            return html.text(DateText.readable(literal.getLexicalForm()));
        }
        return html.text(node.toString());
    }

    /** A property or class, named by its ontology label. */
    private Html term(Html html, Resource term) {
        return html.link(paths.hrefOf(term.getURI()), Labels.text(ontology, ontology.createResource(term.getURI())));
    }
}
