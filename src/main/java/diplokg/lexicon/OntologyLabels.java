package diplokg.lexicon;

import diplokg.DiplokgException;
import diplokg.nlp.TextFolder;
import diplokg.vocab.Dkg;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/** How the lexicon reads values off the ontology: French labels, required strings, concepts, folded word lists. */
final class OntologyLabels {

    private static final String FRENCH = "fr";

    private OntologyLabels() {
    }

    /** The French (or untagged) literal values of {@code property} on {@code resource}. */
    static List<String> french(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().toLowerCase().startsWith(FRENCH))
                .map(Literal::getLexicalForm)
                .toList();
    }

    /** The French preferred label of {@code resource}, else its local name. */
    static String frenchLabel(Resource resource) {
        return resource.listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getObject().asLiteral())
                .filter(l -> l.getLanguage().startsWith(FRENCH))
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse(resource.getLocalName());
    }

    /** The value of {@code property} on {@code resource}, which the ontology must state. */
    static String string(Resource resource, Property property) {
        Statement statement = resource.getProperty(property);
        if (statement == null) {
            throw new DiplokgException("ontology: " + resource + " has no " + property.getLocalName());
        }
        return statement.getString();
    }

    /** The concept {@code resource} is: its notation, IRI, French label and rank (0 when unranked). */
    static Concept concept(Resource resource) {
        Statement rank = resource.getProperty(Dkg.rank);
        return new Concept(string(resource, SKOS.notation), resource.getURI(), frenchLabel(resource),
                rank == null ? 0 : rank.getInt());
    }

    /** The folded values of {@code property}, wherever it is stated. */
    static Set<String> foldedWords(Model model, Property property) {
        Set<String> words = new HashSet<>();
        model.listStatements(null, property, (RDFNode) null)
                .forEachRemaining(s -> words.add(TextFolder.fold(s.getString())));
        return Set.copyOf(words);
    }
}
