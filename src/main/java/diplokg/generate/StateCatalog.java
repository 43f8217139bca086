package diplokg.generate;

import diplokg.DiplokgException;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The states of the ontology as the generator writes them, sorted by code so that choices are reproducible. */
final class StateCatalog {

    private static final List<Property> ADJECTIVES = List.of(Dkg.adjectiveMasculine, Dkg.adjectiveFeminine,
            Dkg.adjectiveMasculinePlural, Dkg.adjectiveFemininePlural);

    private final Map<String, StateProfile> byCode;

    private StateCatalog(Map<String, StateProfile> byCode) {
        this.byCode = byCode;
    }

    /** Reads every {@code dkg:State} of {@code model}. */
    static StateCatalog read(Model model, FrenchGrammar grammar) {
        Map<String, Long> adjectiveUses = model.listResourcesWithProperty(RDF.type, Dkg.State).toList().stream()
                .flatMap(state -> ADJECTIVES.stream().map(p -> french(state, p, state.getURI())).distinct())
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        Map<String, StateProfile> states = new TreeMap<>();
        model.listResourcesWithProperty(RDF.type, Dkg.State).forEachRemaining(state -> {
            StateProfile profile = profile(state, grammar, adjectiveUses);
            states.put(profile.code(), profile);
        });
        if (states.isEmpty()) {
            throw new DiplokgException("ontology: no dkg:State to generate articles about");
        }
        return new StateCatalog(states);
    }

    private static StateProfile profile(Resource state, FrenchGrammar grammar, Map<String, Long> adjectiveUses) {
        String code = state.getRequiredProperty(Dkg.iso2).getString();
        String withArticle = french(state, Dkg.nameWithArticle, code);
        List<String> adjectives = new ArrayList<>();
        for (Property property : ADJECTIVES) {
            adjectives.add(french(state, property, code));
        }
        FrenchGrammar.Place place = grammar.place(withArticle);
        boolean plural = place.article().equals(grammar.determiner("the", Agreement.MP));
        boolean ownAdjective = adjectives.stream().allMatch(a -> adjectiveUses.get(a) == 1);
        return new StateProfile(code, french(state, SKOS.prefLabel, code), withArticle, place.in(), adjectives,
                french(state, Dkg.capital, code), plural, ownAdjective);
    }

    private static String french(Resource state, Property property, String code) {
        return state.listProperties(property).toList().stream()
                .map(s -> s.getObject().asLiteral())
                .filter(l -> l.getLanguage().startsWith("fr"))
                .map(Literal::getLexicalForm)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new DiplokgException(
                        "ontology: state " + code + " has no French " + property.getLocalName()));
    }

    /** The state with ISO code {@code code}. */
    StateProfile get(String code) {
        StateProfile state = byCode.get(code);
        if (state == null) {
            throw new DiplokgException("ontology: no state with code " + code);
        }
        return state;
    }

    /** Every state, by code. */
    List<StateProfile> all() {
        return List.copyOf(byCode.values());
    }
}
