package diplokg.generate;

import diplokg.fact.Roles;
import diplokg.DiplokgException;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.Scheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Everything the generator writes with, loaded once: the states, levels, sectors and indicators of the ontology,
 * the grammar words, offices, organisations and name pools of {@code phrases.txt} and {@code names.txt}, and the
 * sentence frames of {@code templates.txt}. Immutable and thread-safe; share one instance.
 */
public final class GeneratorData {

    static final String VIETNAM = "VN";

    final FrenchGrammar grammar;
    final TemplateBook templates;
    final NameBook names;
    final StateCatalog states;
    final LexiconScan scan;
    final List<StateProfile> partners;
    final List<RolePhrase> roles;
    final Map<String, List<String>> counterparts;
    final Map<String, List<String>> leadRoles;
    final Map<String, Set<String>> groups;
    final Map<String, List<String>> cities;
    final Map<String, List<String>> currencies;
    final Map<String, List<String>> credits;
    final List<List<String>> scales;
    final List<Organization> organizations;
    final Map<String, List<VocabularyPhrase>> levels;
    final Map<String, List<VocabularyPhrase>> sectors;
    final Map<String, List<VocabularyPhrase>> indicators;
    final Set<String> monarchies;
    final Map<String, Integer> levelRanks;

    private GeneratorData(Model ontology, Lexicon lexicon) {
        SectionFile phrases = SectionFile.resource("phrases.txt");
        this.grammar = new FrenchGrammar(phrases);
        this.templates = TemplateBook.read(SectionFile.resource("templates.txt"));
        this.names = NameBook.read(SectionFile.resource("names.txt"));
        this.states = StateCatalog.read(ontology, grammar);
        this.scan = new LexiconScan(lexicon);
        this.monarchies = Set.copyOf(phrases.rows("monarchies").get(0));
        Set<String> excluded = new HashSet<>(phrases.lines("excluded"));
        this.partners = states.all().stream()
                .filter(s -> !s.code().equals(VIETNAM) && !excluded.contains(s.code())).toList();
        this.roles = phrases.rows("roles").stream().map(this::role).toList();
        this.counterparts = multimap(phrases.rows("counterparts"));
        this.leadRoles = multimap(phrases.rows("lead-roles"));
        this.groups = new LinkedHashMap<>();
        multimap(phrases.rows("groups")).forEach((group, codes) -> groups.put(group, Set.copyOf(codes)));
        this.cities = multimap(phrases.rows("cities"));
        this.currencies = multimap(phrases.rows("currencies"));
        this.credits = multimap(phrases.rows("credits"));
        this.scales = phrases.rows("scales");
        this.organizations = phrases.rows("organizations").stream().map(this::organization).toList();
        Map<String, Agreement> nouns = new LinkedHashMap<>();
        phrases.pairs("nouns").forEach((noun, code) -> nouns.put(noun, Agreement.of(code)));
        this.levels = phrases(ontology, Scheme.LEVELS, nouns);
        this.sectors = phrases(ontology, Scheme.SECTORS, nouns);
        this.indicators = phrases(ontology, Scheme.INDICATORS, nouns);
        this.levelRanks = new TreeMap<>();
        lexicon.vocabulary(Scheme.LEVELS).byId().forEach((id, concept) -> levelRanks.put(id, concept.rank()));
    }

    /** Loads the generator's data, reading the ontology (states, vocabularies) from {@code ontologyFolder}. */
    public static GeneratorData load(Path ontologyFolder) {
        Model model = Lexicon.readOntology(ontologyFolder);
        return new GeneratorData(model, Lexicon.of(model));
    }

    /** The office names of {@code roleId} an official of {@code state} can hold. */
    List<RolePhrase> roles(String roleId, String state) {
        return roles.stream()
                .filter(r -> r.roleId().equals(roleId) && r.serves(state))
                .filter(r -> !(roleId.equals(Roles.HEAD_OF_STATE) && monarchies.contains(state)))
                .toList();
    }

    private RolePhrase role(List<String> row) {
        Set<String> servedStates = row.get(3).equals("*") ? Set.of() : Set.of(row.get(3).split(" "));
        String bare = row.get(1).replace(RolePhrase.ADJECTIVE_MARK, " ");
        return new RolePhrase(row.get(0), row.get(1), row.get(2), servedStates, scan.sectors(bare));
    }

    private Organization organization(List<String> row) {
        String names = String.join(" ", row.get(3), row.get(5));
        return new Organization(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5),
                scan.states(names), scan.sectors(names));
    }

    private static Map<String, List<String>> multimap(List<List<String>> rows) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> row : rows) {
            map.computeIfAbsent(row.get(0), k -> new ArrayList<>()).addAll(row.subList(1, row.size()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }

    /** The labels of a scheme's concepts that {@code nouns} gives an agreement for, by concept id. */
    private static Map<String, List<VocabularyPhrase>> phrases(Model model, Scheme scheme,
                                                                Map<String, Agreement> nouns) {
        Map<String, List<VocabularyPhrase>> byId = new TreeMap<>();
        for (Resource concept : model.listResourcesWithProperty(RDF.type, scheme.conceptClass()).toList()) {
            String id = concept.getRequiredProperty(SKOS.notation).getString();
            List<VocabularyPhrase> phrases = new ArrayList<>();
            for (Statement label : concept.listProperties(SKOS.prefLabel).andThen(
                    concept.listProperties(SKOS.altLabel)).toList()) {
                Literal literal = label.getObject().asLiteral();
                Agreement agreement = nouns.get(literal.getLexicalForm());
                if (literal.getLanguage().startsWith("fr") && agreement != null) {
                    phrases.add(new VocabularyPhrase(id, literal.getLexicalForm(), agreement));
                }
            }
            if (!phrases.isEmpty()) {
                phrases.sort(Comparator.comparing(VocabularyPhrase::text));
                byId.put(id, List.copyOf(phrases));
            }
        }
        if (byId.isEmpty()) {
            throw new DiplokgException("ontology: no " + scheme + " label the generator can write");
        }
        return byId;
    }
}
