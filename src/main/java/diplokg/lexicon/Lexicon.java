package diplokg.lexicon;

import static diplokg.lexicon.OntologyLabels.concept;
import static diplokg.lexicon.OntologyLabels.foldedWords;
import static diplokg.lexicon.OntologyLabels.french;

import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import diplokg.vocab.Dkg;
import diplokg.vocab.OntologyFolder;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Everything the recognisers know about words, built from the French labels of the ontology: state names,
 * adjectives and compound-adjective prefixes ({@link StateNames}), cue phrases ({@link CueTables}), forms that name
 * a concept in one state only ({@link StateLabels}), single cue words, and one {@link Vocabulary} per controlled
 * scheme. Immutable and thread-safe; build once and share.
 */
public final class Lexicon {

    private final StateNames states;
    private final CueTables cues;
    private final StateLabels stateLabels;
    private final Map<Scheme, Vocabulary> vocabularies;
    private final Set<String> counterpartCues;
    private final Set<String> possessiveCues;
    private final Set<String> pluralCues;
    private final Set<String> honorifics;
    private final Set<String> nameLinkers;
    private final Set<String> nameParticles;

    private Lexicon(Model model) {
        this.states = StateNames.read(model);
        this.cues = new CueTables(model);
        this.stateLabels = new StateLabels(model);
        Map<Scheme, Vocabulary> schemes = new EnumMap<>(Scheme.class);
        for (Scheme scheme : Scheme.values()) {
            schemes.put(scheme, vocabulary(model, scheme));
        }
        this.vocabularies = schemes;
        this.counterpartCues = foldedWords(model, Dkg.counterpartCue);
        this.possessiveCues = foldedWords(model, Dkg.possessiveCue);
        this.pluralCues = foldedWords(model, Dkg.pluralCue);
        this.honorifics = foldedWords(model, Dkg.honorific);
        this.nameLinkers = foldedWords(model, Dkg.nameLinker);
        this.nameParticles = foldedWords(model, Dkg.nameParticle);
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
        return Optional.ofNullable(states.byCode().get(code));
    }

    /** Every state. */
    public Map<String, StateEntry> states() {
        return states.byCode();
    }

    /** State names ("Japon", "États-Unis", "Fédération de Russie"). */
    public PhraseTable<StateEntry> stateNames() {
        return states.names();
    }

    /** State adjectives in all their forms ("japonais", "japonaises"). */
    public PhraseTable<StateEntry> stateAdjectives() {
        return states.adjectives();
    }

    /**
     * The state that the tokens from {@code i} name, by its name or by an adjective; null when they name none.
     * Names are proper nouns: requiring the capital keeps "équateur", "grenade" or "chili" from naming states.
     */
    public PhraseMatch<StateEntry> stateAt(List<Token> tokens, int i) {
        PhraseMatch<StateEntry> match = tokens.get(i).isCapitalized() ? stateNames().matchAt(tokens, i) : null;
        return match != null ? match : stateAdjectives().matchAt(tokens, i);
    }

    /**
     * Adjectives several states share ({@code dkg:sharedAdjective}: "coréen"), each with its states: one names a state
     * only where the context names that one and none of the others.
     */
    public PhraseTable<List<StateEntry>> sharedAdjectives() {
        return states.sharedAdjectives();
    }

    /** Whether a state's name or a city's (capitals included) begins at token {@code i}. */
    public boolean placeAt(List<Token> tokens, int i) {
        return stateNames().matchAt(tokens, i) != null || cities().matchAt(tokens, i) != null;
    }

    /** Capital cities, by their French and English names. */
    public PhraseTable<StateEntry> capitals() {
        return states.capitals();
    }

    /**
     * Cities of states, capitals ({@code dkg:capital}) and others ({@code dkg:city}), each with its state; unlike
     * {@link #capitals()}, never read as a name of the state.
     */
    public PhraseTable<StateEntry> cities() {
        return states.cities();
    }

    /** The state whose compound-adjective prefix is {@code folded} without its hyphen ("vietnamo", "sino"). */
    public Optional<StateEntry> compoundPrefix(String folded) {
        return Optional.ofNullable(states.compoundPrefixes().get(folded));
    }

    /** The state where {@code name} is a common family name ("Nguyễn", "Tran"), matched accent-folded. */
    public Optional<StateEntry> stateOfFamilyName(String name) {
        return Optional.ofNullable(states.familyNames().get(TextFolder.key(name)));
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
        return table(CueFamily.CUE, kind);
    }

    /**
     * The cue phrases ({@code dkg:cue}) one concept carries, e.g. the chambers whose chair holds
     * {@code role:parliament-leader} ("Bundesrat", "Sénat"); empty when it carries none.
     */
    public PhraseTable<Boolean> cues(Concept concept) {
        return cues.of(CueFamily.CUE, concept.iri());
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
        return table(CueFamily.PLANNED, kind);
    }

    /** The cues ({@code dkg:recallCue}) that make an undated fact of {@code ontologyClass} a recollection. */
    public PhraseTable<Boolean> recallCues(CueKind kind) {
        return table(CueFamily.RECALL, kind);
    }

    /** The phrases ({@code dkg:repeatCue}) that tell a fact of {@code kind} again for other people. */
    public PhraseTable<Boolean> repeatCues(CueKind kind) {
        return table(CueFamily.REPEAT, kind);
    }

    /** The phrases ({@code dkg:todayCue}) that date a fact of {@code kind} on the day of publication. */
    public PhraseTable<Boolean> todayCues(CueKind kind) {
        return table(CueFamily.TODAY, kind);
    }

    /**
     * The ceremony nouns ({@code dkg:ceremonyCue}) that, as the setting of a fact of {@code kind} told in their
     * sentence ("a accueilli X lors d'une cérémonie officielle"), are that fact's ceremony, not one of their own.
     */
    public PhraseTable<Boolean> ceremonyCues(CueKind kind) {
        return table(CueFamily.CEREMONY, kind);
    }

    /** The words ({@code dkg:respectiveCue}) that pair the items of two lists of a fact of {@code kind} in order. */
    public PhraseTable<Boolean> respectiveCues(CueKind kind) {
        return table(CueFamily.RESPECTIVE, kind);
    }

    /** The words ({@code dkg:jointCue}) that make the people of a list do one fact of {@code kind} together. */
    public PhraseTable<Boolean> jointCues(CueKind kind) {
        return table(CueFamily.JOINT, kind);
    }

    /** The nouns ({@code dkg:policyCue}) that, with a determiner before and a complement after, name a policy. */
    public PhraseTable<Boolean> policyCues(CueKind kind) {
        return table(CueFamily.POLICY, kind);
    }

    /** The plural nouns ({@code dkg:severalCue}) that tell one fact of {@code kind} per person listed after them. */
    public PhraseTable<Boolean> severalCues(CueKind kind) {
        return table(CueFamily.SEVERAL, kind);
    }

    /** The determiners ({@code dkg:anaphorCue}) that make a noun after them a fact of {@code kind} told before. */
    public PhraseTable<Boolean> anaphorCues(CueKind kind) {
        return table(CueFamily.ANAPHOR, kind);
    }

    /** The determiners ({@code dkg:newCue}) that make a noun after them a fact of {@code kind} not told before. */
    public PhraseTable<Boolean> newCues(CueKind kind) {
        return table(CueFamily.NEW, kind);
    }

    /** The verbs ({@code dkg:reportCue}) that report a fact of {@code kind} told before them: "a annoncé". */
    public PhraseTable<Boolean> reportCues(CueKind kind) {
        return table(CueFamily.REPORT, kind);
    }

    /**
     * The nouns ({@code dkg:frameCue}) that make a trigger of {@code kind} in their noun phrase the name of a
     * mechanism or a framework ("mécanisme de consultation politique"), not a fact.
     */
    public PhraseTable<Boolean> frameCues(CueKind kind) {
        return table(CueFamily.FRAME, kind);
    }

    /** The adverbs ({@code dkg:additionCue}) that make a fact of {@code kind} one more, not one told before. */
    public PhraseTable<Boolean> additionCues(CueKind kind) {
        return table(CueFamily.ADDITION, kind);
    }

    /** The verbs ({@code dkg:conveyCue}) that convey an invitation of {@code kind}'s: "a transmis l'invitation". */
    public PhraseTable<Boolean> conveyCues(CueKind kind) {
        return table(CueFamily.CONVEY, kind);
    }

    /**
     * The prepositions ({@code dkg:occasionCue}) that set a fact of {@code kind} as the time of what is told before
     * them: "établi en 2023, lors de la visite de X".
     */
    public PhraseTable<Boolean> occasionCues(CueKind kind) {
        return table(CueFamily.OCCASION, kind);
    }

    /**
     * The prepositions and their determiners ({@code dkg:meansCue}) that make facts of {@code kind} named in the plural
     * after them a means of what is told: "grâce aux pourparlers", "via des réunions en ligne".
     */
    public PhraseTable<Boolean> meansCues(CueKind kind) {
        return table(CueFamily.MEANS, kind);
    }

    /**
     * The press conferences ({@code dkg:pressCue}), excluded phrases of {@code kind} as part of talks, that are a
     * session of their own when an article tells them first and alone.
     */
    public PhraseTable<Boolean> pressCues(CueKind kind) {
        return table(CueFamily.PRESS, kind);
    }

    /**
     * The pronouns ({@code dkg:pronounCue}) that, before a complement, name another fact of the kind of a noun told
     * before them in their sentence: "la visite de X en 2022, ainsi que celle de Y en 2023".
     */
    public PhraseTable<Boolean> pronounCues(CueKind kind) {
        return table(CueFamily.PRONOUN, kind);
    }

    /**
     * The phrases ({@code dkg:resolveCue}) after which a sentence says what its parties resolved to do ("ont convenu
     * de", "ont décidé de"): a fact of {@code kind} named there is to come.
     */
    public PhraseTable<Boolean> resolveCues(CueKind kind) {
        return table(CueFamily.RESOLVE, kind);
    }

    /**
     * The prepositions ({@code dkg:sidelineCue}) that set a fact of {@code kind} told before them on the sidelines of
     * a session named after them, which it shares the day of: "une rencontre en marge du sommet du G20 le 8 juin".
     */
    public PhraseTable<Boolean> sidelineCues(CueKind kind) {
        return table(CueFamily.SIDELINE, kind);
    }

    /**
     * The participles of founding ({@code dkg:foundingCue}) after which a date is the year a body or a session was
     * created, not a day it was held: "le Dialogue de Shangri-La, créé en 2002".
     */
    public PhraseTable<Boolean> foundingCues(CueKind kind) {
        return table(CueFamily.FOUNDING, kind);
    }

    /**
     * The verbs of appraisal ({@code dkg:appraisalCue}) whose object, a fact of {@code kind} named by a noun, is
     * judged, not told: "a salué la signature de l'accord".
     */
    public PhraseTable<Boolean> appraisalCues(CueKind kind) {
        return table(CueFamily.APPRAISAL, kind);
    }

    /**
     * The phrases ({@code dkg:heldCue}) that tell a fact of {@code kind} named by a noun as held: its witnesses
     * ("en présence des deux dirigeants") or its taking place ("qui a eu lieu hier").
     */
    public PhraseTable<Boolean> heldCues(CueKind kind) {
        return table(CueFamily.HELD, kind);
    }

    /**
     * The participles ({@code dkg:startCue}) that open a fact of {@code kind} on the day of the clause before them:
     * "est arrivé le 29 octobre, entamant une visite de travail".
     */
    public PhraseTable<Boolean> startCues(CueKind kind) {
        return table(CueFamily.START, kind);
    }

    /** The prepositions ({@code dkg:partnerCue}) before the counterpart of a fact of {@code kind} ("avec"). */
    public PhraseTable<Boolean> partnerCues(CueKind kind) {
        return table(CueFamily.PARTNER, kind);
    }

    /** The prepositions ({@code dkg:placeCue}) before the city where a fact of {@code kind} takes place. */
    public PhraseTable<Boolean> placeCues(CueKind kind) {
        return table(CueFamily.PLACE, kind);
    }

    /** The words ({@code dkg:capacityCue}) that introduce the office a person takes ("en tant que", "comme"). */
    public PhraseTable<Boolean> capacityCues(CueKind kind) {
        return table(CueFamily.CAPACITY, kind);
    }

    /** The words ({@code dkg:remitCue}) that open the field an office holder is in charge of ("chargé de"). */
    public PhraseTable<Boolean> remitCues(CueKind kind) {
        return table(CueFamily.REMIT, kind);
    }

    /** The styles ({@code dkg:addressForm}) written before a dignitary's name ("Son Altesse royale le prince"). */
    public PhraseTable<Boolean> addressForms(CueKind kind) {
        return table(CueFamily.ADDRESS, kind);
    }

    /** The places ({@code dkg:arrivalCue}) where a visitor is welcomed on arrival ("aéroport"). */
    public PhraseTable<Boolean> arrivalCues(CueKind kind) {
        return table(CueFamily.ARRIVAL, kind);
    }

    /** The phrases ({@code dkg:excludedPhrase}) that hold a trigger of {@code ontologyClass} but are no such fact. */
    public PhraseTable<Boolean> excludedPhrases(CueKind kind) {
        return table(CueFamily.EXCLUDED, kind);
    }

    /**
     * The concepts that tokens {@code [start, end)} name in particular states, by state code: "secrétaire d'État"
     * is the foreign minister of the United States ({@code dkg:stateLabel}); empty when the words name the same
     * concept everywhere.
     */
    public Map<String, Concept> stateLabelsAt(List<Token> tokens, int start, int end) {
        return stateLabels.at(tokens, start, end);
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

    private PhraseTable<Boolean> table(CueFamily family, CueKind kind) {
        return cues.of(family, kind.ontologyClass().getURI());
    }
}
