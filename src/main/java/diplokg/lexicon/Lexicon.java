package diplokg.lexicon;

import diplokg.DiplokgException;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import diplokg.vocab.Dkg;
import diplokg.vocab.OntologyFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Everything the recognisers know about words, built from the French labels of the ontology: state names,
 * adjectives and compound-adjective prefixes, and one {@link Vocabulary} per controlled scheme.
 * Immutable and thread-safe; build once and share.
 */
public final class Lexicon {

    private static final String FRENCH = "fr";
    private static final String PLANNED = "planned ";
    private static final String EXCLUDED = "excluded ";
    private static final String RECALL = "recall ";
    private static final String PLACE = "place ";
    private static final String ARRIVAL = "arrival ";
    private static final String REPEAT = "repeat ";
    private static final String ANAPHOR = "anaphor ";
    private static final String FRAME = "frame ";
    private static final String PARTNER = "partner ";
    private static final String ADDITION = "addition ";
    private static final String SEVERAL = "several ";
    private static final String CONVEY = "convey ";
    private static final String TODAY = "today ";
    private static final String CAPACITY = "capacity ";
    private static final String ADDRESS = "address ";
    private static final String RESPECTIVE = "respective ";

    private final Map<String, StateEntry> states;
    private final PhraseTable<StateEntry> stateNames;
    private final PhraseTable<StateEntry> stateAdjectives;
    private final PhraseTable<List<StateEntry>> sharedAdjectives;
    private final Map<String, StateEntry> compoundPrefixes;
    private final PhraseTable<StateEntry> capitals;
    private final PhraseTable<StateEntry> cities;
    private final Map<Scheme, Vocabulary> vocabularies;
    private final Map<String, StateEntry> familyNames;
    private final java.util.Set<String> counterpartCues;
    private final java.util.Set<String> possessiveCues;
    private final java.util.Set<String> pluralCues;
    private final java.util.Set<String> honorifics;
    private final Map<String, PhraseTable<Boolean>> cues;
    private final java.util.Set<String> nameLinkers;
    private final java.util.Set<String> nameParticles;
    private final Map<String, PhraseTable<Concept>> stateLabels;

    private Lexicon(Model model) {
        Map<String, StateEntry> byCode = new HashMap<>();
        PhraseTable.Builder<StateEntry> names = PhraseTable.builder();
        PhraseTable.Builder<StateEntry> adjectives = PhraseTable.builder();
        PhraseTable.Builder<StateEntry> capitalNames = PhraseTable.builder();
        PhraseTable.Builder<StateEntry> cityNames = PhraseTable.builder();
        Map<String, StateEntry> prefixes = new HashMap<>();
        Map<String, StateEntry> families = new HashMap<>();
        Map<String, List<StateEntry>> shared = new HashMap<>();
        model.listResourcesWithProperty(RDF.type, Dkg.State).forEachRemaining(state -> {
            StateEntry entry = new StateEntry(string(state, Dkg.iso2), state.getURI(), frenchLabel(state));
            byCode.put(entry.code(), entry);
            french(state, SKOS.prefLabel).forEach(label -> names.add(label, entry));
            french(state, SKOS.altLabel).forEach(label -> names.add(label, entry));
            Stream.of(Dkg.adjectiveMasculine, Dkg.adjectiveFeminine, Dkg.adjectiveMasculinePlural,
                    Dkg.adjectiveFemininePlural).forEach(p -> french(state, p).forEach(a -> adjectives.add(a, entry)));
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
        this.familyNames = Map.copyOf(families);
        this.counterpartCues = foldedWords(model, Dkg.counterpartCue);
        this.possessiveCues = foldedWords(model, Dkg.possessiveCue);
        this.pluralCues = foldedWords(model, Dkg.pluralCue);
        this.honorifics = foldedWords(model, Dkg.honorific);
        Map<String, PhraseTable.Builder<Boolean>> cueBuilders = new HashMap<>();
        collectCues(model, Dkg.cue, "", cueBuilders);
        collectCues(model, Dkg.plannedCue, PLANNED, cueBuilders);
        collectCues(model, Dkg.placeCue, PLACE, cueBuilders);
        collectCues(model, Dkg.arrivalCue, ARRIVAL, cueBuilders);
        collectCues(model, Dkg.recallCue, RECALL, cueBuilders);
        collectCues(model, Dkg.excludedPhrase, EXCLUDED, cueBuilders);
        collectCues(model, Dkg.repeatCue, REPEAT, cueBuilders);
        collectCues(model, Dkg.anaphorCue, ANAPHOR, cueBuilders);
        collectCues(model, Dkg.frameCue, FRAME, cueBuilders);
        collectCues(model, Dkg.partnerCue, PARTNER, cueBuilders);
        collectCues(model, Dkg.additionCue, ADDITION, cueBuilders);
        collectCues(model, Dkg.severalCue, SEVERAL, cueBuilders);
        collectCues(model, Dkg.conveyCue, CONVEY, cueBuilders);
        collectCues(model, Dkg.todayCue, TODAY, cueBuilders);
        collectCues(model, Dkg.capacityCue, CAPACITY, cueBuilders);
        collectCues(model, Dkg.addressForm, ADDRESS, cueBuilders);
        collectCues(model, Dkg.respectiveCue, RESPECTIVE, cueBuilders);
        Map<String, PhraseTable<Boolean>> cueTables = new HashMap<>();
        cueBuilders.forEach((k, b) -> cueTables.put(k, b.build()));
        this.cues = Map.copyOf(cueTables);
        this.nameLinkers = foldedWords(model, Dkg.nameLinker);
        this.nameParticles = foldedWords(model, Dkg.nameParticle);
        this.states = Map.copyOf(byCode);
        this.stateNames = names.build();
        this.stateAdjectives = adjectives.build();
        PhraseTable.Builder<List<StateEntry>> sharedForms = PhraseTable.builder();
        shared.forEach((form, states) -> sharedForms.add(form, List.copyOf(states)));
        this.sharedAdjectives = sharedForms.build();
        this.capitals = capitalNames.build();
        this.cities = cityNames.build();
        this.compoundPrefixes = Map.copyOf(prefixes);
        Map<Scheme, Vocabulary> schemes = new EnumMap<>(Scheme.class);
        for (Scheme scheme : Scheme.values()) {
            schemes.put(scheme, vocabulary(model, scheme));
        }
        this.vocabularies = schemes;
        this.stateLabels = stateLabels(model);
    }

    /** The folded values of {@code property}, wherever it is stated. */
    private static java.util.Set<String> foldedWords(Model model, Property property) {
        java.util.Set<String> words = new java.util.HashSet<>();
        model.listStatements(null, property, (RDFNode) null)
                .forEachRemaining(s -> words.add(TextFolder.fold(s.getString())));
        return java.util.Set.copyOf(words);
    }

    /** The forms that name a concept only for one state ({@code dkg:stateLabel}), by the state's code. */
    private static Map<String, PhraseTable<Concept>> stateLabels(Model model) {
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
        return Map.copyOf(tables);
    }

    /** The lexicon of the labels in {@code model}. */
    public static Lexicon of(Model model) {
        return new Lexicon(model);
    }

    /** Reads every {@code .ttl} file of {@code folder} (the project's {@code ontology/}) and builds the lexicon. */
    public static Lexicon load(Path folder) {
        return of(readOntology(folder));
    }

    /** Every {@code .ttl} file of {@code folder} in one model ({@link OntologyFolder#model()}). */
    public static Model readOntology(Path folder) {
        return new OntologyFolder(folder).model();
    }

    /** The state with ISO code {@code code}. */
    public Optional<StateEntry> state(String code) {
        return Optional.ofNullable(states.get(code));
    }

    /** Every state. */
    public Map<String, StateEntry> states() {
        return states;
    }

    /** State names ("Japon", "États-Unis", "Fédération de Russie"). */
    public PhraseTable<StateEntry> stateNames() {
        return stateNames;
    }

    /** State adjectives in all their forms ("japonais", "japonaises"). */
    public PhraseTable<StateEntry> stateAdjectives() {
        return stateAdjectives;
    }

    /**
     * Adjectives several states share ({@code dkg:sharedAdjective}: "coréen"), each with its states: one names a state
     * only where the context names that one and none of the others.
     */
    public PhraseTable<List<StateEntry>> sharedAdjectives() {
        return sharedAdjectives;
    }

    /** Capital cities, by their French and English names. */
    public PhraseTable<StateEntry> capitals() {
        return capitals;
    }

    /**
     * Cities of states, capitals ({@code dkg:capital}) and others ({@code dkg:city}), each with its state; unlike
     * {@link #capitals()}, never read as a name of the state.
     */
    public PhraseTable<StateEntry> cities() {
        return cities;
    }

    /** The state whose compound-adjective prefix is {@code folded} without its hyphen ("vietnamo", "sino"). */
    public Optional<StateEntry> compoundPrefix(String folded) {
        return Optional.ofNullable(compoundPrefixes.get(folded));
    }

    /** The state where {@code name} is a common family name ("Nguyễn", "Tran"), matched accent-folded. */
    public Optional<StateEntry> stateOfFamilyName(String name) {
        return Optional.ofNullable(familyNames.get(TextFolder.key(name)));
    }

    /** Whether the folded word {@code folded} introduces a counterpart ("homologue"). */
    public boolean isCounterpartCue(String folded) {
        return counterpartCues.contains(folded);
    }

    /** Whether the folded word {@code folded} is a title of address ("M.", "SM"), part of a person's name. */
    public boolean isHonorific(String folded) {
        return honorifics.contains(folded);
    }

    /** Whether the folded word {@code folded}, before a role, makes it the office of several people ("les"). */
    public boolean isPluralCue(String folded) {
        return pluralCues.contains(folded);
    }

    /** Whether the folded word {@code folded} is a possessive that ties a role to a person named before. */
    public boolean isPossessiveCue(String folded) {
        return possessiveCues.contains(folded);
    }

    /** The cue phrases ({@code dkg:cue}) of an ontology class, e.g. the goal words of {@code dkg:Target}. */
    public PhraseTable<Boolean> cues(CueKind kind) {
        return table("", kind);
    }

    /**
     * The cue phrases ({@code dkg:cue}) one concept carries, e.g. the chambers whose chair holds
     * {@code role:parliament-leader} ("Bundesrat", "Sénat"); empty when it carries none.
     */
    public PhraseTable<Boolean> cues(Concept concept) {
        return cues.getOrDefault(concept.iri(), PhraseTable.<Boolean>builder().build());
    }

    /** Whether the folded word {@code folded} links the parts of an organisation's name ("des", "d'"). */
    public boolean isNameLinker(String folded) {
        return nameLinkers.contains(folded);
    }

    /** Whether the folded word {@code folded} may stand between the words of a person's name ("da", "von"). */
    public boolean isNameParticle(String folded) {
        return nameParticles.contains(folded);
    }

    /** The cues ({@code dkg:plannedCue}) that make a fact of {@code ontologyClass} a plan, not a fact. */
    public PhraseTable<Boolean> plannedCues(CueKind kind) {
        return table(PLANNED, kind);
    }

    /** The cues ({@code dkg:recallCue}) that make an undated fact of {@code ontologyClass} a recollection. */
    public PhraseTable<Boolean> recallCues(CueKind kind) {
        return table(RECALL, kind);
    }

    /** The phrases ({@code dkg:repeatCue}) that tell a fact of {@code kind} again for other people. */
    public PhraseTable<Boolean> repeatCues(CueKind kind) {
        return table(REPEAT, kind);
    }

    /** The phrases ({@code dkg:todayCue}) that date a fact of {@code kind} on the day of publication. */
    public PhraseTable<Boolean> todayCues(CueKind kind) {
        return table(TODAY, kind);
    }

    /** The words ({@code dkg:respectiveCue}) that pair the items of two lists of a fact of {@code kind} in order. */
    public PhraseTable<Boolean> respectiveCues(CueKind kind) {
        return table(RESPECTIVE, kind);
    }

    /** The plural nouns ({@code dkg:severalCue}) that tell one fact of {@code kind} per person listed after them. */
    public PhraseTable<Boolean> severalCues(CueKind kind) {
        return table(SEVERAL, kind);
    }

    /** The determiners ({@code dkg:anaphorCue}) that make a noun after them a fact of {@code kind} told before. */
    public PhraseTable<Boolean> anaphorCues(CueKind kind) {
        return table(ANAPHOR, kind);
    }

    /**
     * The nouns ({@code dkg:frameCue}) that make a trigger of {@code kind} in their noun phrase the name of a
     * mechanism or a framework ("mécanisme de consultation politique"), not a fact.
     */
    public PhraseTable<Boolean> frameCues(CueKind kind) {
        return table(FRAME, kind);
    }

    /** The adverbs ({@code dkg:additionCue}) that make a fact of {@code kind} one more, not one told before. */
    public PhraseTable<Boolean> additionCues(CueKind kind) {
        return table(ADDITION, kind);
    }

    /** The verbs ({@code dkg:conveyCue}) that convey an invitation of {@code kind}'s: "a transmis l'invitation". */
    public PhraseTable<Boolean> conveyCues(CueKind kind) {
        return table(CONVEY, kind);
    }

    /** The prepositions ({@code dkg:partnerCue}) before the counterpart of a fact of {@code kind} ("avec"). */
    public PhraseTable<Boolean> partnerCues(CueKind kind) {
        return table(PARTNER, kind);
    }

    private PhraseTable<Boolean> table(String prefix, CueKind kind) {
        return cues.getOrDefault(prefix + kind.ontologyClass().getURI(), PhraseTable.<Boolean>builder().build());
    }

    /** The prepositions ({@code dkg:placeCue}) before the city where a fact of {@code kind} takes place. */
    public PhraseTable<Boolean> placeCues(CueKind kind) {
        return table(PLACE, kind);
    }

    /** The words ({@code dkg:capacityCue}) that introduce the office a person takes ("en tant que", "comme"). */
    public PhraseTable<Boolean> capacityCues(CueKind kind) {
        return table(CAPACITY, kind);
    }

    /** The styles ({@code dkg:addressForm}) written before a dignitary's name ("Son Altesse royale le prince"). */
    public PhraseTable<Boolean> addressForms(CueKind kind) {
        return table(ADDRESS, kind);
    }

    /** The places ({@code dkg:arrivalCue}) where a visitor is welcomed on arrival ("aéroport"). */
    public PhraseTable<Boolean> arrivalCues(CueKind kind) {
        return table(ARRIVAL, kind);
    }

    /** The phrases ({@code dkg:excludedPhrase}) that hold a trigger of {@code ontologyClass} but are no such fact. */
    public PhraseTable<Boolean> excludedPhrases(CueKind kind) {
        return table(EXCLUDED, kind);
    }

    /**
     * The concepts that tokens {@code [start, end)} name in particular states, by state code: "secrétaire d'État"
     * is the foreign minister of the United States ({@code dkg:stateLabel}); empty when the words name the same
     * concept everywhere.
     */
    public Map<String, Concept> stateLabelsAt(List<Token> tokens, int start, int end) {
        Map<String, Concept> found = new HashMap<>();
        stateLabels.forEach((code, table) -> {
            PhraseMatch<Concept> match = table.matchAt(tokens, start);
            if (match != null && match.end() == end) {
                found.put(code, match.value());
            }
        });
        return Map.copyOf(found);
    }

    /** The vocabulary of one scheme. */
    public Vocabulary vocabulary(Scheme scheme) {
        return vocabularies.get(scheme);
    }

    private static Vocabulary vocabulary(Model model, Scheme scheme) {
        Map<String, Concept> byId = new HashMap<>();
        PhraseTable.Builder<Concept> phrases = PhraseTable.builder();
        model.listResourcesWithProperty(RDF.type, scheme.conceptClass()).forEachRemaining(resource -> {
            Concept concept = concept(resource);
            byId.put(concept.id(), concept);
            french(resource, SKOS.prefLabel).forEach(label -> phrases.add(label, concept));
            french(resource, SKOS.altLabel).forEach(label -> phrases.add(label, concept));
        });
        return new Vocabulary(scheme, byId, phrases.build());
    }

    private static Concept concept(Resource resource) {
        Statement rank = resource.getProperty(Dkg.rank);
        return new Concept(string(resource, SKOS.notation), resource.getURI(), frenchLabel(resource),
                rank == null ? 0 : rank.getInt());
    }

    /** Adds every value of {@code property} to the phrase table of its subject class, keyed by {@code prefix}. */
    private static void collectCues(Model model, Property property, String prefix,
                                    Map<String, PhraseTable.Builder<Boolean>> builders) {
        model.listStatements(null, property, (RDFNode) null).forEachRemaining(s -> builders
                .computeIfAbsent(prefix + s.getSubject().getURI(), k -> PhraseTable.builder())
                .add(s.getString(), true));
    }

    private static List<String> french(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().toLowerCase().startsWith(FRENCH))
                .map(Literal::getLexicalForm)
                .toList();
    }

    private static String frenchLabel(Resource resource) {
        return resource.listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getObject().asLiteral())
                .filter(l -> l.getLanguage().startsWith(FRENCH))
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse(resource.getLocalName());
    }

    private static String string(Resource resource, Property property) {
        Statement statement = resource.getProperty(property);
        if (statement == null) {
            throw new DiplokgException("ontology: " + resource + " has no " + property.getLocalName());
        }
        return statement.getString();
    }

}
