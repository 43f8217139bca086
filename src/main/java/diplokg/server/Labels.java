package diplokg.server;

import diplokg.vocab.Dkg;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Chooses the label shown for a resource, the one rule of every page: English first (the pages speak English), then
 * French (the corpus's language, for what the ontology names in French only), then a label without language (a
 * person's or an organisation's name as the articles write it, an article's title), then any; from
 * {@code skos:prefLabel}, {@code rdfs:label}, {@code dkg:title}, {@code dkg:name} in that order.
 */
final class Labels {

    /** The label properties, most specific first. */
    static final List<Property> PROPERTIES = List.of(SKOS.prefLabel, RDFS.label, Dkg.title, Dkg.name);
    private static final List<String> LANGUAGES = List.of("en", "fr", "");

    private Labels() {
    }

    /** The label of {@code resource} in {@code model}, if it has one. */
    static Optional<Literal> of(Model model, Resource resource) {
        for (String language : LANGUAGES) {
            for (Property property : PROPERTIES) {
                Optional<Literal> label = find(model, resource, property, language);
                if (label.isPresent()) {
                    return label;
                }
            }
        }
        for (Property property : PROPERTIES) {
            Statement any = model.getProperty(resource, property);
            if (any != null && any.getObject().isLiteral()) {
                return Optional.of(any.getLiteral());
            }
        }
        return Optional.empty();
    }

    /** The label, or the IRI's last segment when it has none. */
    static String text(Model model, Resource resource) {
        return of(model, resource).map(Literal::getLexicalForm).orElseGet(() -> localName(resource));
    }

    /** The text after the last {@code #} or {@code /} of an IRI, or the blank node's label. */
    static String localName(RDFNode node) {
        if (!node.isURIResource()) {
            return node.toString();
        }
        String iri = node.asResource().getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static Optional<Literal> find(Model model, Resource resource, Property property, String language) {
        return model.listObjectsOfProperty(resource, property).toList().stream()
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> inLanguage(l.getLanguage(), language))
                // The least, as the saved queries' MIN: a person with two spellings is always shown with the same.
                .min(Comparator.comparing(Literal::getLexicalForm));
    }

    /** Whether a language tag is {@code wanted} or a variant of it ("fr-FR"); "" wants no tag at all. */
    private static boolean inLanguage(String tag, String wanted) {
        if (wanted.isEmpty()) {
            return tag.isEmpty();
        }
        return tag.equalsIgnoreCase(wanted) || tag.toLowerCase(Locale.ROOT).startsWith(wanted + "-");
    }
}
