package diplokg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.vocab.Dkg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The concept schemes of {@code ontology/vocabularies.ttl} hold exactly the ids of the extraction contract
 * ({@code annotations.md}), written out here by hand in the contract's order: the annotations JSON is a projection
 * of the graph, so a missing, extra or misspelled id breaks the contract.
 */
class VocabulariesTest {

    private static final String SCHEMES = "https://w3id.org/diplokg/id/scheme/";

    private static final List<String> LEVELS = List.of("comprehensive-strategic-cooperative-partnership",
            "special-relationship", "comprehensive-strategic-partnership", "extensive-strategic-partnership",
            "strategic-partnership", "comprehensive-partnership");
    private static final List<String> ROLES = List.of("head-of-state", "vice-president", "party-leader",
            "head-of-government", "deputy-head-of-government", "parliament-leader", "foreign-minister", "minister",
            "deputy-minister", "ambassador", "official");
    private static final List<String> SECTORS = List.of("politics-diplomacy", "economy", "trade", "investment",
            "development-assistance", "defense", "defense-industry", "military-medicine", "security", "cybersecurity",
            "counter-terrorism", "telecommunications", "digital-transformation", "smart-cities",
            "artificial-intelligence", "semiconductors", "science-technology", "education-training", "health",
            "culture", "tourism", "people-to-people", "energy", "environment-climate", "agriculture", "industry",
            "transport-infrastructure", "justice-law", "consular-visa", "labour");
    /** Event types and their CAMEO codes, as in the contract's table. */
    private static final Map<String, Set<String>> EVENT_TYPES = Map.of(
            "meeting", Set.of("040", "044"), "visit", Set.of("042", "043"), "phone-call", Set.of("041"),
            "signing", Set.of("057"), "conference", Set.of("040"), "message", Set.of("018", "051"));
    /** Each event type's PLOVER category and CONSULT mode, as issue 12 gives them; messages have none of their own. */
    private static final Map<String, String> PLOVER = Map.of("meeting", "CONSULT", "visit", "CONSULT/visit",
            "phone-call", "CONSULT/phone", "signing", "SUPPORT", "conference", "CONSULT/multilateral");
    private static final String PLOVER_MODE = "https://w3id.org/diplokg/ontology#ploverMode";
    private static final List<String> AGREEMENT_TYPES = List.of("joint-statement", "treaty", "agreement",
            "memorandum", "roadmap", "free-trade-agreement");
    private static final List<String> STATUSES = List.of("established", "existing");

    private static Model model;

    @BeforeAll
    static void readVocabularies() {
        model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, ProjectFiles.ONTOLOGY.resolve("vocabularies.ttl").toString());
        RDFDataMgr.read(model, ProjectFiles.ONTOLOGY.resolve("diplokg.ttl").toString());
    }

    @Test
    void levelsAreTheContractsIdsRankedOneToSixInItsOrder() {
        List<Resource> levels = concepts("levels");
        levels.sort(Comparator.comparingInt(level -> level.getRequiredProperty(Dkg.rank).getInt()));
        assertEquals(LEVELS, levels.stream().map(VocabulariesTest::notation).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6),
                levels.stream().map(level -> level.getRequiredProperty(Dkg.rank).getInt()).toList());
    }

    @Test
    void rolesSectorsAgreementTypesAndStatusesAreTheContractsIds() {
        assertEquals(new TreeSet<>(ROLES), ids("roles"));
        assertEquals(new TreeSet<>(SECTORS), ids("sectors"));
        assertEquals(new TreeSet<>(AGREEMENT_TYPES), ids("agreement-types"));
        assertEquals(new TreeSet<>(STATUSES), ids("statuses"));
    }

    @Test
    void eventTypesAreTheContractsIdsWithTheirCameoCodes() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Resource type : concepts("event-types")) {
            actual.put(notation(type), new TreeSet<>(type.listProperties(Dkg.cameoCode)
                    .mapWith(s -> s.getString()).toList()));
        }
        Map<String, Set<String>> expected = new TreeMap<>();
        EVENT_TYPES.forEach((id, codes) -> expected.put(id, new TreeSet<>(codes)));
        assertEquals(expected, actual);
    }

    @Test
    void eventTypesMapToTheirPloverCategoryAndModeAndAMessageOnlyRelatesToSupport() {
        Map<String, String> actual = new TreeMap<>();
        Property mode = model.createProperty(PLOVER_MODE);
        for (Resource type : concepts("event-types")) {
            for (Statement match : type.listProperties(SKOS.broadMatch).toList()) {
                Statement modeOf = type.getProperty(mode);
                actual.put(notation(type), notation(match.getResource())
                        + (modeOf == null ? "" : "/" + notation(modeOf.getResource())));
            }
        }
        assertEquals(new TreeMap<>(PLOVER), actual);
        Resource message = model.getResource("https://w3id.org/diplokg/id/event-type/message");
        assertEquals(List.of("SUPPORT"), message.listProperties(SKOS.relatedMatch)
                .mapWith(s -> notation(s.getResource())).toList());
        assertEquals(Set.of("CONSULT", "SUPPORT"), ids("plover"));
        assertEquals(Set.of("visit", "phone", "multilateral"), ids("plover-modes"));
    }

    @Test
    void everyConceptHasOneFrenchAndOneEnglishPreferredLabelAndItsIdAsIriAndNotation() {
        List<String> problems = new ArrayList<>();
        for (Resource concept : model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList()) {
            for (String lang : List.of("fr", "en")) {
                long labels = concept.listProperties(SKOS.prefLabel)
                        .filterKeep(s -> s.getLanguage().equals(lang) && !s.getString().isBlank()).toList().size();
                if (labels != 1) {
                    problems.add(concept.getURI() + " has " + labels + " skos:prefLabel@" + lang);
                }
            }
            if (!concept.getURI().endsWith("/" + notation(concept))) {
                problems.add(concept.getURI() + " has notation '" + notation(concept) + "'");
            }
            if (!concept.hasProperty(SKOS.inScheme)) {
                problems.add(concept.getURI() + " is in no scheme");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyConceptOfASchemeIsAnInstanceOfItsConceptClass() {
        Map<String, Scheme> schemes = Map.of("levels", Scheme.LEVELS, "roles", Scheme.ROLES, "sectors",
                Scheme.SECTORS, "event-types", Scheme.EVENT_TYPES, "agreement-types", Scheme.AGREEMENT_TYPES,
                "statuses", Scheme.STATUSES, "indicators", Scheme.INDICATORS);
        List<String> problems = new ArrayList<>();
        schemes.forEach((name, scheme) -> concepts(name).stream()
                .filter(concept -> !concept.hasProperty(RDF.type, scheme.conceptClass()))
                .forEach(concept -> problems.add(concept.getURI() + " is not a " + scheme.conceptClass())));
        assertEquals(List.of(), problems);
    }

    private static List<Resource> concepts(String scheme) {
        return new ArrayList<>(model.listSubjectsWithProperty(SKOS.inScheme, model.createResource(SCHEMES + scheme))
                .toList());
    }

    private static Set<String> ids(String scheme) {
        Set<String> ids = new TreeSet<>();
        concepts(scheme).forEach(concept -> ids.add(notation(concept)));
        return ids;
    }

    private static String notation(Resource concept) {
        Statement notation = concept.getProperty(SKOS.notation);
        return notation == null ? "(no notation)" : notation.getString();
    }
}
