package diplokg.lexicon;

import static diplokg.lexicon.OntologyLabels.french;
import static diplokg.lexicon.OntologyLabels.frenchLabel;
import static diplokg.lexicon.OntologyLabels.string;

import diplokg.nlp.TextFolder;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Every way the ontology names a state ({@code dkg:State}): its names, adjectives, the adjectives it shares with
 * other states ({@code dkg:sharedAdjective}: "coréen"), compound-adjective prefixes, capital and other cities, and
 * the family names common there.
 */
record StateNames(Map<String, StateEntry> byCode, PhraseTable<StateEntry> names,
                  PhraseTable<StateEntry> adjectives, PhraseTable<List<StateEntry>> sharedAdjectives,
                  Map<String, StateEntry> compoundPrefixes,
                  PhraseTable<StateEntry> capitals, PhraseTable<StateEntry> cities,
                  Map<String, StateEntry> familyNames) {

    StateNames {
        byCode = Map.copyOf(byCode);
        compoundPrefixes = Map.copyOf(compoundPrefixes);
        familyNames = Map.copyOf(familyNames);
    }

    /** The states of {@code model} and their names. */
    static StateNames read(Model model) {
        Map<String, StateEntry> codes = new HashMap<>();
        PhraseTable.Builder<StateEntry> stateNames = PhraseTable.builder();
        PhraseTable.Builder<StateEntry> stateAdjectives = PhraseTable.builder();
        PhraseTable.Builder<StateEntry> capitalNames = PhraseTable.builder();
        PhraseTable.Builder<StateEntry> cityNames = PhraseTable.builder();
        Map<String, StateEntry> prefixes = new HashMap<>();
        Map<String, StateEntry> families = new HashMap<>();
        Map<String, List<StateEntry>> shared = new HashMap<>();
        model.listResourcesWithProperty(RDF.type, Dkg.State).forEachRemaining(state -> {
            StateEntry entry = new StateEntry(string(state, Dkg.iso2), state.getURI(), frenchLabel(state));
            codes.put(entry.code(), entry);
            french(state, SKOS.prefLabel).forEach(label -> stateNames.add(label, entry));
            french(state, SKOS.altLabel).forEach(label -> stateNames.add(label, entry));
            adjectives(state).forEach(a -> stateAdjectives.add(a, entry));
            french(state, Dkg.sharedAdjective)
                    .forEach(a -> shared.computeIfAbsent(a, k -> new ArrayList<>()).add(entry));
            french(state, Dkg.capital).forEach(c -> {
                capitalNames.add(c, entry);
                cityNames.add(c, entry);
            });
            french(state, Dkg.city).forEach(c -> cityNames.add(c, entry));
            french(state, Dkg.compoundPrefix).forEach(p -> prefixes.put(TextFolder.fold(p.replace("-", "")), entry));
            french(state, Dkg.familyName).forEach(n -> families.putIfAbsent(TextFolder.key(n), entry));
        });
        PhraseTable.Builder<List<StateEntry>> sharedForms = PhraseTable.builder();
        shared.forEach((form, states) -> sharedForms.add(form, List.copyOf(states)));
        return new StateNames(codes, stateNames.build(), stateAdjectives.build(), sharedForms.build(), prefixes,
                capitalNames.build(), cityNames.build(), families);
    }

    /**
     * The adjective of {@code state} in its four forms, masculine and feminine, singular and plural; a compound one
     * also with its hyphens written as spaces, as agencies often print it ("sri lankais", "néo zélandais").
     */
    private static Stream<String> adjectives(Resource state) {
        return Stream.of(Dkg.adjectiveMasculine, Dkg.adjectiveFeminine, Dkg.adjectiveMasculinePlural,
                Dkg.adjectiveFemininePlural).flatMap(p -> french(state, p).stream())
                .flatMap(a -> a.contains("-") ? Stream.of(a, a.replace('-', ' ')) : Stream.of(a));
    }
}
