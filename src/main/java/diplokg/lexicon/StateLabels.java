package diplokg.lexicon;

import static diplokg.lexicon.OntologyLabels.concept;
import static diplokg.lexicon.OntologyLabels.french;
import static diplokg.lexicon.OntologyLabels.string;

import diplokg.nlp.Token;
import diplokg.vocab.Dkg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/** The forms that name a concept only for one state ({@code dkg:stateLabel}), by the state's code. Immutable. */
final class StateLabels {

    private final Map<String, PhraseTable<Concept>> byState;

    StateLabels(Model model) {
        Map<String, PhraseTable.Builder<Concept>> builders = new HashMap<>();
        model.listStatements(null, Dkg.stateLabel, (RDFNode) null).forEachRemaining(s -> {
            Resource form = s.getResource();
            Concept value = concept(s.getSubject());
            String code = string(form.getPropertyResourceValue(Dkg.labelState), Dkg.iso2);
            french(form, SKOS.altLabel).forEach(label -> builders
                    .computeIfAbsent(code, k -> PhraseTable.builder()).add(label, value));
        });
        Map<String, PhraseTable<Concept>> tables = new HashMap<>();
        builders.forEach((code, builder) -> tables.put(code, builder.build()));
        this.byState = Map.copyOf(tables);
    }

    /** The concepts that tokens {@code [start, end)} name, exactly, by the code of the state they name them in. */
    Map<String, Concept> at(List<Token> tokens, int start, int end) {
        Map<String, Concept> found = new HashMap<>();
        byState.forEach((code, table) -> {
            PhraseMatch<Concept> match = table.matchAt(tokens, start);
            if (match != null && match.end() == end) {
                found.put(code, match.value());
            }
        });
        return Map.copyOf(found);
    }
}
