package diplokg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import diplokg.ProjectFiles;
import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.Scheme;
import diplokg.nlp.FrenchTokenizer;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;


/** The generator's data files agree with the ontology's lexicon: it writes what the extractor is meant to read. */
class GeneratorDataTest {

    private final GeneratorData data = Samples.data();
    private final Lexicon lexicon = ProjectFiles.lexicon();

    @Test
    void everyOfficePhraseIsReadAsItsRole() {
        List<String> misread = new ArrayList<>();
        for (RolePhrase role : data.roles) {
            for (boolean woman : new boolean[] {false, true}) {
                String phrase = role.bare(woman);
                List<Token> tokens = new FrenchTokenizer().tokenize(phrase, 0);
                PhraseMatch<Concept> match = lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, 0);
                Concept read = match == null ? null : match.value();
                if (read != null && !read.id().equals(role.roleId()) && !role.states().isEmpty()) {
                    // A form the generator writes for some states only may name their office there alone
                    // ("secrétaire d'État": the foreign minister of the United States, a minister elsewhere).
                    Map<String, Concept> byState = lexicon.stateLabelsAt(tokens, 0, match.end());
                    if (role.states().stream().allMatch(state -> byState.containsKey(state)
                            && byState.get(state).id().equals(role.roleId()))) {
                        continue;
                    }
                }
                if (read == null || !read.id().equals(role.roleId())) {
                    misread.add(phrase + " -> " + (read == null ? "nothing" : read.id()) + ", not " + role.roleId());
                }
            }
        }
        assertEquals(List.of(), misread);
    }

    @Test
    void everySectorAndLevelHasALabelTheGeneratorCanWrite() {
        assertEquals(lexicon.vocabulary(Scheme.SECTORS).byId().keySet(), data.sectors.keySet());
        assertEquals(lexicon.vocabulary(Scheme.LEVELS).byId().keySet(), data.levels.keySet());
        assertTrue(data.indicators.keySet().containsAll(Set.of("bilateral-trade", "investment")));
    }

    @Test
    void everyNounOfThePhrasesFileIsAVocabularyLabel() {
        Set<String> labels = new HashSet<>();
        for (var byId : List.of(data.levels, data.sectors, data.indicators)) {
            byId.values().forEach(phrases -> phrases.forEach(p -> labels.add(p.text())));
        }
        Set<String> nouns = new TreeSet<>(SectionFile.resource("phrases.txt").pairs("nouns").keySet());
        nouns.removeAll(labels);
        assertEquals(Set.of(), nouns);
    }

    @Test
    void everyLabelIsReadAsItsConcept() {
        for (var scheme : List.of(Scheme.LEVELS, Scheme.SECTORS, Scheme.INDICATORS)) {
            var byId = scheme == Scheme.LEVELS ? data.levels : scheme == Scheme.SECTORS ? data.sectors
                    : data.indicators;
            byId.forEach((id, phrases) -> phrases.forEach(p -> assertEquals(id,
                    lexicon.vocabulary(scheme).phrases().lookup(p.text()).id(), p.text())));
        }
    }

    @Test
    void noPooledNameNamesAState() {
        SectionFile names = SectionFile.resource("names.txt");
        List<String> clashes = new ArrayList<>();
        for (String pool : names.sections()) {
            for (List<String> row : names.rows(pool)) {
                if (row.get(0).startsWith("family") || row.get(0).startsWith("given")
                        || row.get(0).startsWith("middle")) {
                    row.subList(1, row.size()).stream()
                            .filter(name -> !data.scan.states(name).isEmpty() || !data.scan.sectors(name).isEmpty())
                            .forEach(name -> clashes.add(pool + ": " + name));
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyStateOfTheOntologyCanBeWritten() {
        assertEquals(195, data.states.all().size());
        StateProfile cuba = data.states.get("CU");
        assertEquals("Cuba", cuba.withArticle());
        assertEquals("à Cuba", cuba.in());
        assertEquals(List.of("cubain", "cubaine", "cubains", "cubaines"), cuba.adjectives());
        assertTrue(data.states.get("SC").plural());
        assertTrue(!data.states.get("CD").ownAdjective() && !data.states.get("CG").ownAdjective());
    }

    @Test
    void everyGroupAndCityNamesKnownStates() {
        data.groups.values().forEach(codes -> codes.forEach(data.states::get));
        data.cities.keySet().forEach(data.states::get);
        data.organizations.stream().filter(o -> !o.home().equals(Organization.NONE))
                .filter(o -> !data.groups.containsKey(o.home()))
                .forEach(o -> data.states.get(o.home()));
    }
}
