package diplokg.server;

import diplokg.knowledge.DateText;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * What a resource is called on the pages. An event or a happening by its type, date and place ("meeting · 2024-11-13
 * · Lima"), each part named in turn, even when it has a label: a happening's label is written once by the knowledge
 * layer with the type's code ("phone-call, 2024-03-26"), while its type shows under its label on the same page. A
 * position by its holder, role and state ("Lương Cường · president · Vietnam"). Anything else by its label
 * ({@link Labels}: English, else French, else as written); a sentence by its text; else the IRI in the short form
 * the tables and the command line write ({@code article:004_…}). The parts come from the model given: a resource's
 * description, with what {@link NameLookup} read for the others.
 */
final class ResourceNames {

    /** A sentence named by its text is cut after this many characters. */
    static final int SENTENCE_CHARACTERS = 120;

    private static final List<Property> EVENT_PARTS = List.of(Dkg.eventType, Dkg.date, Dkg.place);
    private static final List<Property> POSITION_PARTS = List.of(Dkg.holder, Dkg.role, Dkg.forState);

    private final ResourcePaths paths;

    ResourceNames(ResourcePaths paths) {
        this.paths = paths;
    }

    /** The name of {@code resource} as {@code model} tells it. */
    String name(Model model, Resource resource) {
        return parts(model, resource)
                .or(() -> Labels.of(model, resource).map(Literal::getLexicalForm))
                .or(() -> sentence(model, resource))
                .orElseGet(() -> resource.isURIResource() ? paths.shown(resource.getURI()) : resource.toString());
    }

    /** Writes the name of {@code subject}, with the language of its label when it has one. */
    void title(Html html, Model model, Resource subject) {
        Optional<String> parts = parts(model, subject);
        if (parts.isPresent()) {
            html.text(parts.get());
            return;
        }
        Labels.of(model, subject).ifPresentOrElse(
                l -> html.element("span", l.getLexicalForm(), "lang", l.getLanguage().isEmpty() ? null
                        : l.getLanguage()),
                () -> html.text(name(model, subject)));
    }

    /** An event's or a position's name from its parts, each named in turn (a type or a role by its label). */
    private Optional<String> parts(Model model, Resource resource) {
        List<Property> properties = model.contains(resource, RDF.type, Dkg.Event)
                || model.contains(resource, RDF.type, Dkg.Happening) ? EVENT_PARTS
                : model.contains(resource, RDF.type, Dkg.Position) ? POSITION_PARTS : List.of();
        List<String> parts = new ArrayList<>();
        for (Property property : properties) {
            for (Statement statement : model.listStatements(resource, property, (RDFNode) null).toList()) {
                RDFNode value = statement.getObject();
                parts.add(value.isResource() ? Labels.of(model, value.asResource()).map(Literal::getLexicalForm)
                        .orElseGet(() -> Labels.localName(value))
                        : DateText.readable(value.asLiteral().getLexicalForm()));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    private static Optional<String> sentence(Model model, Resource resource) {
        if (!model.contains(resource, RDF.type, Dkg.Sentence)) {
            return Optional.empty();
        }
        Statement text = model.getProperty(resource, Dkg.text);
        if (text == null || !text.getObject().isLiteral()) {
            return Optional.empty();
        }
        String words = text.getString().strip();
        return Optional.of(words.length() <= SENTENCE_CHARACTERS ? words
                : words.substring(0, SENTENCE_CHARACTERS).strip() + "…");
    }
}
