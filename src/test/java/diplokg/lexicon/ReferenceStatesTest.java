package diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The states of {@code ontology/states.ttl} are the gazetteer of the state recogniser and the targets of
 * {@code owl:sameAs} links: every state must carry every field, and codes and Wikidata items must be unique.
 */
class ReferenceStatesTest {

    private static final Pattern WIKIDATA_ITEM = Pattern.compile("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*");
    private static final List<Property> FRENCH_ONLY = List.of(Dkg.nameWithArticle, Dkg.adjectiveMasculine,
            Dkg.adjectiveFeminine, Dkg.adjectiveMasculinePlural, Dkg.adjectiveFemininePlural);

    private static List<Resource> states;

    @BeforeAll
    static void readStates() {
        Model model = RDFDataMgr.loadModel(ProjectFiles.ONTOLOGY.resolve("states.ttl").toString());
        states = model.listResourcesWithProperty(RDF.type, Dkg.State).toList();
    }

    @Test
    void holdsAtLeastEveryUnMemberAndObserverState() {
        assertTrue(states.size() >= 195, "only " + states.size() + " states");
    }

    @Test
    void everyStateHasEveryField() {
        List<String> problems = new ArrayList<>();
        for (Resource state : states) {
            String iri = state.getURI();
            expectOne(problems, iri, literals(state, Dkg.iso2, ""), "[A-Z]{2}", "dkg:iso2");
            expectOne(problems, iri, literals(state, Dkg.iso3, ""), "[A-Z]{3}", "dkg:iso3");
            expectOne(problems, iri, literals(state, Dkg.isoNumeric, ""), "[0-9]{3}", "dkg:isoNumeric");
            for (String lang : List.of("fr", "en")) {
                expectOne(problems, iri, literals(state, SKOS.prefLabel, lang), ".+", "skos:prefLabel@" + lang);
                expectOne(problems, iri, literals(state, Dkg.capital, lang), ".+", "dkg:capital@" + lang);
            }
            for (Property property : FRENCH_ONLY) {
                if (literals(state, property, "fr").isEmpty()) {
                    problems.add(iri + ": no " + property.getLocalName() + "@fr");
                }
            }
            List<String> sameAs = state.listProperties(OWL.sameAs).mapWith(s -> s.getObject().toString()).toList();
            if (sameAs.stream().noneMatch(o -> WIKIDATA_ITEM.matcher(o).matches())) {
                problems.add(iri + ": no owl:sameAs to a Wikidata item, got " + sameAs);
            }
            List<String> iso2 = literals(state, Dkg.iso2, "");
            if (iso2.size() == 1 && !iri.endsWith("/state/" + iso2.get(0))) {
                problems.add(iri + ": IRI does not end with its dkg:iso2 code " + iso2.get(0));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void codesAndWikidataItemsAreUnique() {
        List<String> duplicates = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Resource state : states) {
            Stream.concat(Stream.of(Dkg.iso2, Dkg.iso3, Dkg.isoNumeric).flatMap(p -> literals(state, p, "").stream()),
                            state.listProperties(OWL.sameAs).mapWith(s -> s.getObject().toString()).toList().stream())
                    .forEach(key -> {
                        String previous = seen.putIfAbsent(key, state.getURI());
                        if (previous != null) {
                            duplicates.add(key + " on " + previous + " and " + state.getURI());
                        }
                    });
        }
        assertEquals(List.of(), duplicates);
    }

    @Test
    void numericCodesAreTheIsoOnesThatWorldMapsUseAsIds() {
        // ISO 3166-1 numeric, written by hand (leading zeros kept: world-atlas ids are such strings).
        Map<String, String> expected = Map.of("VN", "704", "FR", "250", "US", "840", "CN", "156", "JP", "392",
                "RU", "643", "LA", "418", "KH", "116", "AF", "004", "PE", "604");
        assertEquals(expected, valuesByCode(expected.keySet(), Dkg.isoNumeric, ""));
    }

    @Test
    void englishNamesAreTheShortOnesNewsWritesAsThePagesAndTheHomePageDo() {
        // The pages title a state with its English label and the home page's network writes "Vietnam": the UN's
        // "Viet Nam" stays an alternative label, as the formal names of the others do.
        Map<String, String> expected = Map.of("VN", "Vietnam", "RU", "Russia", "LA", "Laos", "KR", "South Korea",
                "SY", "Syria");
        assertEquals(expected, valuesByCode(expected.keySet(), SKOS.prefLabel, "en"));
    }

    /** The values of {@code property} in {@code lang}, joined by commas, of the states with the codes {@code codes}. */
    private static Map<String, String> valuesByCode(Set<String> codes, Property property, String lang) {
        Map<String, String> found = new HashMap<>();
        for (Resource state : states) {
            List<String> iso2 = literals(state, Dkg.iso2, "");
            if (iso2.size() == 1 && codes.contains(iso2.get(0))) {
                found.put(iso2.get(0), String.join(",", literals(state, property, lang)));
            }
        }
        return found;
    }

    /** The lexical forms of {@code property} in language {@code lang} ("" for plain strings). */
    private static List<String> literals(Resource state, Property property, String lang) {
        return state.listProperties(property).mapWith(s -> s.getObject()).filterKeep(RDFNode::isLiteral)
                .mapWith(RDFNode::asLiteral)
                .filterKeep(l -> l.getLanguage().equals(lang))
                .mapWith(l -> l.getLexicalForm())
                .toList();
    }

    private static void expectOne(List<String> problems, String iri, List<String> values, String pattern, String what) {
        if (values.size() != 1 || !values.get(0).matches(pattern)) {
            problems.add(iri + ": expected one " + what + " matching " + pattern + ", got " + values);
        }
    }
}
