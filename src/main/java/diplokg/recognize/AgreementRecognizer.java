package diplokg.recognize;

import diplokg.fact.Agreement;
import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Acronyms;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the documents adopted, signed or referred to: every phrase of the agreement-type vocabulary ("déclaration
 * conjointe", "mémorandum d'entente", "accord de libre-échange"), except the phrases the ontology excludes
 * ({@code dkg:excludedPhrase} on {@code dkg:Agreement}: "d'accord", "en accord avec", "un accord de ce type") unless
 * the phrase holds the excluded one whole ("protocole d'accord", "mémorandum d'accord").
 *
 * <p>The document's name is its phrase and complement ({@link DocumentName}). It is multilateral, with no pair, when
 * the name holds an organisation whose own name names no state ("... entre le Vietnam et l'Union européenne",
 * "Vietnam-Union ..."; not "le Fonds russe d'investissement direct", one side's body) or three states or
 * more ("Accord de libre-échange ASEAN - Australie - Nouvelle-Zélande"). Else its pair is the two states the name gives
 * ("accord de libre-échange Vietnam - Chili"). Else it is multilateral when it is a proper name with an acronym, or an
 * acronym, and no state ("Accord de partenariat économique régional global (RCEP)", "le CPTPP"), or when its parties
 * are called members or signatories of it, or it is called trilateral, right next to its name ({@code dkg:cue} of
 * {@code dkg:Agreement}: "membres de l'Accord de partenariat transpacifique", "les accords de libre-échange auxquels le
 * Vietnam participe", "un accord de libre-échange trilatéral"). Otherwise the pair is the two states or capitals
 * written after the parties' preposition in the clause ("14 accords ont été conclus entre Hanoï et Moscou"). A name
 * with no state is multilateral when its sentence joins an organisation to the home state ("le Vietnam et l'AELE ...
 * en vue d'un accord"). Otherwise the pair is the home state and the one state the name gives, or is located like
 * partnerships' and targets' ({@link PairLocator}). One item per (type, pair), and, with no pair, per document named
 * (the CPTPP and the RCEP are two).
 */
public final class AgreementRecognizer implements Recognizer<Agreement> {

    /** How many tokens before a document's name ("membres de l'") and after it ("auxquels le pays participe"). */
    private static final int MEMBERSHIP_BEFORE = 3;
    private static final int MEMBERSHIP_AFTER = 4;
    /** How many tokens after a document's name its verb group may take ("ont été conclus"), and its parties. */
    private static final int VERB_GROUP = 5;
    private static final int PARTY_WORDS = 5;
    private static final Set<String> PUNCTUATION = Set.of(",", ";", ".", ":", "(");
    /** How many words may join an organisation to the home state ("et l'", ", avec lequel le"). */
    private static final int JOINING_WORDS = 4;
    private static final Set<String> JOINING_TAGS = Set.of("CCONJ", "DET", "ADP", "ADP+DET", "PRON");
    /** How many words may part a drafting cue from the document's name ("élaborer rapidement un"), or follow it. */
    private static final int DRAFT_BEFORE = 3;
    private static final int DRAFT_AFTER = 1;

    private final Lexicon lexicon;
    private final VocabularyScanner scanner;
    private final PhraseTable<Boolean> excluded;
    private final PhraseTable<Boolean> membership;
    private final PhraseTable<Boolean> partners;
    private final PhraseTable<Boolean> anaphors;
    private final PhraseTable<Boolean> organizationCues;
    private final PhraseTable<Boolean> drafting;
    private final PairLocator locator;
    private final String home;

    public AgreementRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.scanner = new VocabularyScanner(lexicon);
        this.excluded = lexicon.excludedPhrases(CueKind.AGREEMENT);
        this.membership = lexicon.cues(CueKind.AGREEMENT);
        this.partners = lexicon.partnerCues(CueKind.AGREEMENT);
        this.anaphors = lexicon.anaphorCues(CueKind.AGREEMENT);
        this.organizationCues = lexicon.cues(CueKind.ORGANIZATION);
        this.drafting = lexicon.plannedCues(CueKind.AGREEMENT);
        this.locator = new PairLocator(home);
        this.home = home;
    }

    @Override
    public FactKind<Agreement> kind() {
        return Contract.AGREEMENTS;
    }

    /** The agreements of the article; must run after states, pairs and organisations are found. */
    @Override
    public List<Stated<Agreement>> recognize(ArticleFacts facts) {
        Map<Document, Stated<Agreement>> found = new LinkedHashMap<>();
        List<Stated<String>> stateMentions = facts.get(Contract.STATES);
        // A national body ("le Fonds russe d'investissement direct") signs for one side: only an organisation whose
        // name names no state ("l'Union européenne") makes a document multilateral.
        List<String> organizations = facts.get(Contract.ORGANIZATIONS).stream()
                .filter(o -> stateMentions.stream().noneMatch(m -> m.sentence() == o.sentence()
                        && m.start() >= o.start() && m.end() <= o.end()))
                .flatMap(o -> o.fact().names().stream()).map(TextFolder::key).toList();
        for (Sentence sentence : facts.source().sentences()) {
            List<PhraseMatch<Boolean>> exclusions = excluded.findAll(sentence.tokens());
            // "protocole d'accord" holds the excluded "d'accord" whole: the longer phrase is the document's.
            List<VocabularyHit> hits = scanner.scan(Scheme.AGREEMENT_TYPES, sentence).stream()
                    .filter(hit -> exclusions.stream().noneMatch(x -> x.start() < hit.end() && hit.first() < x.end()
                            && !(hit.first() <= x.start() && x.end() <= hit.end())))
                    .toList();
            List<PhraseMatch<Boolean>> drafts = drafting.findAll(sentence.tokens());
            for (DocumentName name : DocumentName.of(hits, partners)) {
                if (drafted(name, drafts)) {
                    continue;
                }
                Agreement agreement = new Agreement(name.type(), pair(facts, name, organizations));
                if (toldBefore(name, agreement, found.keySet())) {
                    continue;
                }
                found.putIfAbsent(new Document(agreement, agreement.pair() == null ? name.identity() : ""),
                        name.hit().stated(agreement));
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * "ont signé l'accord de libre-échange Vietnam - Israël ... la signature de l'accord": a bare generic "accord",
     * with no complement, after a definite or demonstrative determiner ({@code dkg:anaphorCue} of {@code
     * dkg:Agreement}, written with the noun: the lexicon's tokenizer splits an elided article written alone) is a
     * document of its pair named before, not another one.
     */
    private boolean toldBefore(DocumentName name, Agreement agreement, Set<Document> before) {
        List<Token> tokens = name.tokens();
        boolean bare = name.type().equals(DocumentName.GENERIC) && name.end() == name.hit().end();
        boolean definite = name.first() > 0 && anaphors.matchAt(tokens, name.first() - 1) != null;
        return bare && definite && agreement.pair() != null
                && before.stream().anyMatch(d -> agreement.pair().equals(d.agreement().pair()));
    }

    /**
     * "ont convenu d'élaborer rapidement un plan d'action", "un plan d'action conjoint sera élaboré": a document still
     * to be drawn up ({@code dkg:plannedCue} of {@code dkg:Agreement} shortly before its name, with no punctuation
     * between, or right after it) does not exist yet; it is not one of the article's documents.
     */
    private static boolean drafted(DocumentName name, List<PhraseMatch<Boolean>> drafts) {
        List<Token> tokens = name.tokens();
        for (PhraseMatch<Boolean> cue : drafts) {
            boolean before = cue.end() <= name.first() && name.first() - cue.end() <= DRAFT_BEFORE
                    && tokens.subList(cue.end(), name.first()).stream().noneMatch(t -> PUNCTUATION.contains(t.text()));
            // After the name, only a passive future right after it ("un plan d'action conjoint sera élaboré"): "a
            // signé un mémorandum pour élaborer une stratégie" signed the memorandum.
            boolean after = cue.start() >= name.end() && cue.start() - name.end() <= DRAFT_AFTER
                    && tokens.get(cue.start()).tag().startsWith("AUX")
                    && tokens.subList(name.end(), cue.start()).stream().noneMatch(t -> PUNCTUATION.contains(t.text()));
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /** One document: an agreement and, when it has no pair, what tells it from others of its type. */
    private record Document(Agreement agreement, String identity) {
    }

    private StatePair pair(ArticleFacts facts, DocumentName name, List<String> organizations) {
        Sentence sentence = name.hit().sentence();
        List<Token> tokens = sentence.tokens();
        int from = tokens.get(name.first()).start();
        int to = tokens.get(name.end() - 1).end();
        List<String> states = facts.get(Contract.STATES).stream()
                .filter(m -> m.sentence() == sentence.index() && m.start() >= from && m.end() <= to)
                .map(Stated::fact).distinct().toList();
        String folded = " " + name.folded() + " ";
        boolean organization = organizations.stream().anyMatch(o -> !o.isEmpty() && folded.contains(" " + o + " "))
                || joinsOrganization(tokens, name.first(), name.end());
        if (organization || states.size() > 2) {
            return null;
        }
        if (states.size() == 2) {
            return StatePair.of(states.get(0), states.get(1));
        }
        if (ofMembers(tokens, name.first(), name.end())
                || states.isEmpty() && (name.isAcronym() || properNameWithAcronym(tokens, name.first(), name.end()))) {
            return null;
        }
        StatePair parties = partiesAfter(tokens, name.end());
        if (parties != null) {
            return parties;
        }
        if (states.isEmpty() && organizationParty(facts, sentence)) {
            return null;
        }
        if (states.size() == 1 && !states.get(0).equals(home)) {
            return StatePair.of(home, states.get(0));
        }
        return locator.locate(facts, sentence.index(), name.hit().start()).orElse(null);
    }

    /**
     * "le Vietnam et l'Association européenne de libre-échange (AELE) ... en vue d'un accord", "le Conseil de
     * coopération du Golfe, avec lequel le Vietnam négocie un accord": an organisation coordinated with the home state,
     * or the antecedent of the relative pronoun before it, is the other party of a document whose name gives no state.
     * Between the two only function words stand, a conjunction or a pronoun among them.
     */
    private boolean organizationParty(ArticleFacts facts, Sentence sentence) {
        List<Stated<String>> homes = facts.get(Contract.STATES).stream()
                .filter(m -> m.sentence() == sentence.index() && m.fact().equals(home)).toList();
        List<Stated<String>> states = facts.get(Contract.STATES);
        return facts.get(Contract.ORGANIZATIONS).stream()
                .filter(o -> o.sentence() == sentence.index())
                .filter(o -> states.stream().noneMatch(m -> m.sentence() == o.sentence() && m.start() >= o.start()
                        && m.end() <= o.end()))
                .anyMatch(o -> homes.stream().anyMatch(h -> joined(sentence, h, o) || joined(sentence, o, h)));
    }

    /** Whether mention {@code left} ends before mention {@code right} begins, and only joining words part them. */
    private static boolean joined(Sentence sentence, Stated<?> left, Stated<?> right) {
        return left.end() <= right.start() && joined(sentence, left.end(), right.start());
    }

    /** Whether only function words, a conjunction or a pronoun among them, stand between offsets {@code from, to}. */
    private static boolean joined(Sentence sentence, int from, int to) {
        List<Token> between = sentence.tokens().stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        return !between.isEmpty() && between.size() <= JOINING_WORDS
                && between.stream().allMatch(t -> JOINING_TAGS.contains(t.tag()) || t.text().equals(","))
                && between.stream().anyMatch(t -> t.tag().equals("CCONJ") || t.tag().equals("PRON"));
    }

    /**
     * "14 accords ont été conclus entre Hanoï et Moscou": the two states, or their capitals, written after the parties'
     * preposition ({@code dkg:partnerCue}) in the clause of the name's verb; null when the clause gives no two.
     */
    private StatePair partiesAfter(List<Token> tokens, int end) {
        for (int j = end; j < Math.min(tokens.size(), end + VERB_GROUP); j++) {
            if (PUNCTUATION.contains(tokens.get(j).text())) {
                return null;
            }
            if (partners.matchAt(tokens, j) != null) {
                List<String> codes = new ArrayList<>();
                for (int k = j + 1; k < Math.min(tokens.size(), j + 1 + PARTY_WORDS) && codes.size() < 2; k++) {
                    PhraseMatch<StateEntry> party = lexicon.capitals().matchAt(tokens, k);
                    party = party != null ? party : lexicon.stateNames().matchAt(tokens, k);
                    if (party != null) {
                        codes.add(party.value().code());
                        k = party.end() - 1;
                    }
                }
                return codes.size() == 2 && !codes.get(0).equals(codes.get(1))
                        ? StatePair.of(codes.get(0), codes.get(1)) : null;
            }
        }
        return null;
    }

    /**
     * "accord de libre-échange Vietnam-Union économique eurasiatique", "accord de libre-échange Vietnam-UEEA": a
     * compound in the name whose part after the hyphen is a capitalised organisation cue ({@code dkg:cue} of {@code
     * dkg:Organization}) or an acronym that names no state ("Vietnam-EAU" is a pair) joins a state to an organisation,
     * which the compound hides from the organisations found. So does an organisation's name right after the
     * document's head and linkers ("Convention des Nations unies sur le droit de la mer"), which names the treaty only.
     */
    private boolean joinsOrganization(List<Token> tokens, int first, int end) {
        for (int j = first; j < end; j++) {
            if (j > first + 1 && tokens.get(j).isCapitalized() && organizationCues.matchAt(tokens, j) != null
                    && tokens.subList(first + 1, j).stream().allMatch(t -> lexicon.isNameLinker(t.folded()))) {
                return true;
            }
            String text = tokens.get(j).text();
            int hyphen = text.indexOf('-');
            String part = hyphen > 0 ? text.substring(hyphen + 1) : "";
            String glued = DocumentName.hyphenatedAcronym(text);
            boolean acronym = !glued.isEmpty() && lexicon.stateNames().lookup(glued) == null;
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))
                    && (organizationCues.lookup(part) != null || acronym)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a membership cue is written next to the document's name {@code [first, end)}. */
    private boolean ofMembers(List<Token> tokens, int first, int end) {
        int from = Math.max(0, first - MEMBERSHIP_BEFORE);
        int to = Math.min(tokens.size(), end + MEMBERSHIP_AFTER);
        return !membership.findAll(tokens.subList(from, to)).isEmpty();
    }

    /** "Accord de partenariat transpacifique global et progressiste (CPTPP)": a capitalised name and its acronym. */
    private static boolean properNameWithAcronym(List<Token> tokens, int first, int end) {
        if (!tokens.get(first).isCapitalized()) {
            return false;
        }
        for (int j = first + 1; j + 1 < end; j++) {
            if (tokens.get(j - 1).text().equals("(") && Acronyms.capitalLetters(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }
}
