package diplokg.server;

import diplokg.vocab.Dkg;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML documentation of the ontology: its title and description, then every class, object property and
 * datatype property with its French and English labels and comments, domain, range and super-terms, then every
 * concept scheme with its concepts. Each term has an anchor named by its local name, so that the namespace IRI
 * {@code …/ontology#Article} opens the right place; schemes and concepts get {@code scheme-…} anchors.
 */
final class OntologyPage {

    private final OntologyDocument document;
    private final ResourcePaths paths;

    OntologyPage(OntologyDocument document, ResourcePaths paths) {
        this.document = document;
        this.paths = paths;
    }

    /** The page. */
    String render() {
        Model model = document.model();
        Resource ontology = document.ontology();
        Html html = new Html().page(text(ontology, DCTerms.title, "en", "diplokg ontology"), "en");
        html.element("h1", text(ontology, DCTerms.title, "en", "diplokg ontology"));
        literals(html, ontology, DCTerms.description);
        html.open("p", "class", "muted").text("Namespace ").element("code", Dkg.NS)
                .text(" (prefix dkg:) · version " + text(ontology, OWL.versionInfo, "", "?")).close("p");
        section(html, "Classes", "classes", document.terms(OWL.Class));
        section(html, "Object properties", "object-properties", document.terms(OWL.ObjectProperty));
        section(html, "Datatype properties", "datatype-properties", document.terms(OWL.DatatypeProperty));
        html.element("h2", "Concept schemes", "id", "schemes");
        document.schemes().forEach(scheme -> scheme(html, scheme));
        html.open("p", "class", "muted").text("Also as ")
                .element("code", "text/turtle").text(", ").element("code", "application/ld+json").text(" and ")
                .element("code", "application/n-triples").text(" by content negotiation.").close("p");
        return html.end();
    }

    private void section(Html html, String title, String anchor, List<Resource> terms) {
        html.element("h2", title, "id", anchor);
        for (Resource term : terms) {
            html.open("section", "id", term.getLocalName());
            html.element("h3", "dkg:" + term.getLocalName());
            literals(html, term, RDFS.label);
            literals(html, term, RDFS.comment);
            links(html, "Subclass of", term, RDFS.subClassOf);
            links(html, "Subproperty of", term, RDFS.subPropertyOf);
            links(html, "Domain", term, RDFS.domain);
            links(html, "Range", term, RDFS.range);
            html.close("section");
        }
    }

    private void scheme(Html html, Resource scheme) {
        html.open("section", "id", "scheme-" + Labels.localName(scheme));
        html.open("h3").link(paths.hrefOf(scheme.getURI()), Labels.text(document.model(), scheme)).close("h3");
        literals(html, scheme, SKOS.definition);
        html.open("table").open("tr").element("th", "notation").element("th", "fr").element("th", "en")
                .element("th", "other French forms").close("tr");
        for (Resource concept : document.concepts(scheme)) {
            html.open("tr", "id", "scheme-" + Labels.localName(scheme) + "-" + Labels.localName(concept));
            html.open("td").link(paths.hrefOf(concept.getURI()), text(concept, SKOS.notation, "",
                    Labels.localName(concept))).close("td");
            html.element("td", text(concept, SKOS.prefLabel, "fr", ""), "lang", "fr");
            html.element("td", text(concept, SKOS.prefLabel, "en", ""), "lang", "en");
            html.element("td", String.join(", ", all(concept, SKOS.altLabel, "fr")), "lang", "fr");
            html.close("tr");
        }
        html.close("table").close("section");
    }

    /** Each literal of {@code property}, French first, as a paragraph tagged with its language. */
    private static void literals(Html html, Resource subject, Property property) {
        subject.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .sorted(Comparator.comparing((Literal l) -> !l.getLanguage().equals("fr"))
                        .thenComparing(Literal::getLanguage))
                .forEach(l -> html.element("p", l.getLexicalForm(), "lang", l.getLanguage()));
    }

    private void links(Html html, String title, Resource subject, Property property) {
        List<Resource> targets = subject.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI))
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        html.open("p").text(title + ": ");
        for (Resource target : targets) {
            String prefixed = document.model().shortForm(target.getURI());
            html.link(paths.hrefOf(target.getURI()), prefixed).text(" ");
        }
        html.close("p");
    }

    private static String text(Resource subject, Property property, String language, String fallback) {
        List<String> values = all(subject, property, language);
        return values.isEmpty() ? fallback : values.get(0);
    }

    /** The lexical forms of {@code property} in {@code language} ("" for any), sorted. */
    private static List<String> all(Resource subject, Property property, String language) {
        return subject.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> language.isEmpty() || l.getLanguage().equalsIgnoreCase(language))
                .map(Literal::getLexicalForm)
                .sorted()
                .toList();
    }
}
