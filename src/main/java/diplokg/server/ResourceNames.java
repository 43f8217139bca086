package diplokg.server;

import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * What a resource is called on the pages: its label (French, else English), else, for an event or a happening,
 * which have none, its type, date and place ("visite · 2024-11-13 · Lima") rather than its identifier, else its
 * short name.
 */
final class ResourceNames {

    private final ResourcePaths paths;

    ResourceNames(ResourcePaths paths) {
        this.paths = paths;
    }

    /** The name of {@code resource} as {@code description} tells it. */
    String name(Model description, Resource resource) {
        return Labels.of(description, resource).map(Literal::getLexicalForm)
                .or(() -> eventName(description, resource))
                .orElseGet(() -> resource.isURIResource() ? paths.shortName(resource.getURI()) : resource.toString());
    }

    /** Writes the name of {@code subject}, with the language of its label when it has one. */
    void title(Html html, Model description, Resource subject) {
        Labels.of(description, subject).ifPresentOrElse(
                l -> html.element("span", l.getLexicalForm(), "lang", l.getLanguage()),
                () -> html.text(name(description, subject)));
    }

    private Optional<String> eventName(Model description, Resource resource) {
        if (!description.contains(resource, RDF.type, Dkg.Event)
                && !description.contains(resource, RDF.type, Dkg.Happening)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        description.listObjectsOfProperty(resource, Dkg.eventType).forEach(type -> parts.add(type.isResource()
                ? Labels.of(description, type.asResource()).map(Literal::getLexicalForm)
                        .orElseGet(() -> paths.shortName(type.asResource().getURI())) : type.toString()));
        for (Statement statement : description.listStatements(resource, Dkg.date, (RDFNode) null).toList()) {
            parts.add(statement.getString());
        }
        description.listObjectsOfProperty(resource, Dkg.place).forEach(place -> parts.add(place.toString()));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }
}
