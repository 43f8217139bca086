package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Official;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds officials: named people with a public role, the role's id and the state they serve.
 *
 * <p>Patterns, for a role phrase R (see {@link RoleReader}) and a name N ({@link NameFinder}):
 * <ul>
 *   <li>R N — "le président vietnamien Luong Cuong", "le président Loukachenko";</li>
 *   <li>R, N, — "l'ambassadeur de Russie au Vietnam, Gennady S. Bezdetko, a souligné" (the name closes the
 *       apposition with a comma or ends the sentence);</li>
 *   <li>N, [adverb or participle] R — "Hun Manet, Premier ministre du Cambodge", "Luong Cuong, récemment élu
 *       président du Vietnam";</li>
 *   <li>counterpart N — "son homologue indien Narendra Modi" takes the role of the official named before it; a
 *       list of counterparts gives each its state ("ses homologues biélorusse X et russe Y", "ses deux homologues
 *       vietnamien et cambodgien X et Y");</li>
 *   <li>N ... possessive R — "félicité Iwaya Takeshi pour sa nomination à la tête de la diplomatie japonaise".</li>
 * </ul>
 * A role stated without a name ("le chef de l'État biélorusse") lends its state to a named official of the same
 * role who has none. What is left without a state takes the state of a common family name ({@code dkg:familyName}),
 * else the article's partner. One person is one official: mentions whose names agree are merged, keeping the fullest
 * name and the first office; of two offices joined before one name, the first counts (the contract's convention).
 * Thread-safe.
 */
public final class OfficialRecognizer implements Recognizer<Official> {

    private static final Set<String> APPOSITION_TAGS = Set.of("ADV", "VERB", "DET", "ADJ");
    /** The words of a relative clause that gives an office: "qui vient d'être nommé", "qui a été élu". */
    private static final Set<String> RELATIVE_TAGS = Set.of("ADV", "VERB", "AUX");
    private static final int RELATIVE_WINDOW = 6;

    private final Lexicon lexicon;
    private final String home;
    private final NameFinder names;
    private final RoleReader roles;

    public OfficialRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.home = home;
        this.names = new NameFinder(lexicon);
        this.roles = new RoleReader(lexicon);
    }

    @Override
    public FactKind<Official> kind() {
        return Contract.OFFICIALS;
    }

    /** The officials of the article; its pairs give the partner for officials of unknown state. */
    @Override
    public List<Stated<Official>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<StatePair> pairs = facts.facts(Contract.PAIRS);
        OfficialList officials = new OfficialList();
        List<RolePhrase> unnamed = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            int before = unnamed.size();
            read(sentence, officials, unnamed);
            holderOpensNextSentence(article, unnamed.subList(before, unnamed.size()), officials);
        }
        return officials.resolveStates(unnamed, this::familyState, partner(pairs, home), home);
    }

    private void read(Sentence sentence, OfficialList officials, List<RolePhrase> unnamed) {
        List<RolePhrase> phrases = roles.read(sentence);
        int before = unnamed.size();
        int covered = 0;
        for (int i = 0; i < phrases.size(); i++) {
            RolePhrase phrase = phrases.get(i);
            if (phrase.first() < covered) {
                // "conseiller d'État et ministre des Affaires étrangères X": a second office the first phrase reads
                // as its own is the same person's; the first office counts.
                continue;
            }
            covered = phrase.end();
            // "vice-Premier ministre et ministre des Affaires étrangères X": X holds both; the first office counts.
            RolePhrase named = phrase;
            while (i + 1 < phrases.size() && coordinated(named, phrases.get(i + 1))) {
                named = phrases.get(++i);
            }
            NameSpan name = nameAfter(named);
            if (name == null) {
                name = nameBefore(phrase);
            }
            String state = phrase.state() != null ? phrase.state() : named.state();
            if (name != null) {
                officials.add(name.text(), phrase.role().id(), state, sentence, inState(phrase));
                listedHolders(phrase, name, officials);
                NameSpan second = plural(phrase) && name.first() == named.end() ? nextOfList(sentence, name) : null;
                if (second != null) {
                    officials.add(second.text(), phrase.role().id(), null, sentence, inState(phrase));
                }
            } else {
                unnamed.add(phrase);
            }
        }
        counterparts(sentence, officials, unnamed.subList(before, unnamed.size()));
    }

    /** Whether a plural determiner opens the role phrase ("les présidents", "aux vice-Premiers ministres"). */
    private boolean plural(RolePhrase phrase) {
        return phrase.first() > 0 && lexicon.isPluralCue(phrase.sentence().tokens().get(phrase.first() - 1).folded());
    }

    /** "les présidents X et Y": the name after a conjunction that follows {@code name}, or null. */
    private NameSpan nextOfList(Sentence sentence, NameSpan name) {
        List<Token> tokens = sentence.tokens();
        int next = name.end() + 1;
        boolean listed = next < tokens.size() && tokens.get(name.end()).tag().equals("CCONJ")
                && names.isNameToken(sentence, next);
        return listed ? names.nameAt(sentence, next) : null;
    }

    private static Map<String, String> inState(RolePhrase phrase) {
        Map<String, String> roles = new HashMap<>();
        phrase.roleInState().forEach((state, role) -> roles.put(state, role.id()));
        return roles;
    }

    private static boolean coordinated(RolePhrase first, RolePhrase next) {
        List<Token> tokens = first.sentence().tokens();
        return next.first() == first.end() + 1 && tokens.get(first.end()).tag().equals("CCONJ");
    }

    private NameSpan nameAfter(RolePhrase phrase) {
        Sentence sentence = phrase.sentence();
        List<Token> tokens = sentence.tokens();
        NameSpan direct = names.holderNameAt(sentence, phrase.end());
        if (direct != null) {
            return direct;
        }
        if (phrase.end() + 1 < tokens.size() && tokens.get(phrase.end()).text().equals(",")) {
            NameSpan name = names.holderNameAt(sentence, phrase.end() + 1);
            if (name != null && (closesAppositionAt(tokens, name.end())
                    || opensClause(tokens, phrase.first()) && beginsPredicate(tokens, name.end()))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether the name of an apposition ends before token {@code i}: at a comma, a semicolon of a list, the
     * sentence's end, or before the next person of a list.
     */
    private static boolean closesAppositionAt(List<Token> tokens, int i) {
        return i == tokens.size() || closesApposition(tokens.get(i)) || beginsAnotherHolder(tokens, i);
    }

    /**
     * Whether a role phrase at {@code first} opens its clause with only a determiner before it: "La ministre du
     * Tourisme, X a déclaré" (agencies often leave out the closing comma), unlike "Lors de son entretien avec le
     * Premier ministre malaisien, X a affirmé", where X is the other party.
     */
    private static boolean opensClause(List<Token> tokens, int first) {
        int k = first > 0 && tokens.get(first - 1).tag().equals("DET") ? first - 1 : first;
        return k == 0 || tokens.get(k - 1).text().equals(",") || tokens.get(k - 1).text().equals(";");
    }

    /** Whether a verb, or a clitic pronoun and a verb ("s'est déclarée"), begins at token {@code i}. */
    private static boolean beginsPredicate(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String tag = tokens.get(i).tag();
        boolean clitic = tag.equals("PRON") && i + 1 < tokens.size()
                && (tokens.get(i + 1).tag().equals("VERB") || tokens.get(i + 1).tag().equals("AUX"));
        return tag.equals("VERB") || tag.equals("AUX") || clitic;
    }

    /**
     * "les ambassadeurs de la Norvège, X, du Chili, Y, et de l'Égypte, Z": after a role, its state and its holder,
     * each further state written with its preposition and followed by a name gives that name the same role and the
     * state.
     */
    private void listedHolders(RolePhrase phrase, NameSpan first, OfficialList officials) {
        Sentence sentence = phrase.sentence();
        List<Token> tokens = sentence.tokens();
        int i = first.end();
        while (i + 3 < tokens.size() && tokens.get(i).text().equals(",")) {
            int j = i + 1;
            if (tokens.get(j).tag().equals("CCONJ")) {
                j++;
            }
            int prepositions = j;
            while (j < tokens.size() && j - prepositions < 2 && !tokens.get(j).isCapitalized()
                    && tokens.get(j).tag().startsWith("ADP") || j < tokens.size() && j > prepositions
                    && tokens.get(j).tag().equals("DET") && !tokens.get(j).isCapitalized()) {
                j++;
            }
            PhraseMatch<StateEntry> state = j > prepositions ? lexicon.stateNames().matchAt(tokens, j) : null;
            if (state == null || state.end() + 1 >= tokens.size() || !tokens.get(state.end()).text().equals(",")) {
                return;
            }
            NameSpan name = names.holderNameAt(sentence, state.end() + 1);
            if (name == null || !closesAppositionAt(tokens, name.end())) {
                return;
            }
            officials.add(name.text(), phrase.role().id(), state.value().code(), sentence, inState(phrase));
            i = name.end();
        }
    }

    private NameSpan nameBefore(RolePhrase phrase) {
        Sentence sentence = phrase.sentence();
        List<Token> tokens = sentence.tokens();
        for (int comma = phrase.first() - 1; comma >= Math.max(1, phrase.first() - 4); comma--) {
            if (tokens.get(comma).text().equals(",")) {
                return names.nameEndingAt(sentence, comma);
            }
            if (!APPOSITION_TAGS.contains(tokens.get(comma).tag()) || tokens.get(comma).isCapitalized()) {
                break;
            }
        }
        NameSpan named = nameBeforeRelative(sentence, phrase.first());
        if (named != null) {
            return named;
        }
        int possessive = possessiveAt(tokens, phrase.first());
        return possessive >= 0 ? lastNameBefore(sentence, possessive) : null;
    }

    /**
     * "X qui vient d'être nommé Premier ministre": the name just before a relative pronoun whose clause, made of
     * verbs and adverbs only, gives the office (a verb right before it, so "X qui a écrit au président" does not).
     */
    private NameSpan nameBeforeRelative(Sentence sentence, int first) {
        List<Token> tokens = sentence.tokens();
        if (first < 2 || !RELATIVE_TAGS.contains(tokens.get(first - 1).tag())) {
            return null;
        }
        for (int i = first - 1; i >= Math.max(1, first - RELATIVE_WINDOW); i--) {
            Token token = tokens.get(i);
            if (token.tag().startsWith("PRON") && !token.isCapitalized()) {
                return names.nameEndingAt(sentence, i);
            }
            boolean linking = RELATIVE_TAGS.contains(token.tag())
                    || token.tag().equals("ADP") && RELATIVE_TAGS.contains(tokens.get(i + 1).tag());
            if (!linking || token.isCapitalized()) {
                return null;
            }
        }
        return null;
    }

    /** A possessive up to four tokens before {@code first}, with no verb between ("pour sa nomination à la tête"). */
    private int possessiveAt(List<Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            Token token = tokens.get(i);
            if (token.tag().equals("VERB") || token.tag().equals("AUX")) {
                return -1;
            }
            if (!token.isCapitalized() && lexicon.isPossessiveCue(token.folded())) {
                return i;
            }
        }
        return -1;
    }

    private NameSpan lastNameBefore(Sentence sentence, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (names.isNameToken(sentence, i)) {
                return names.nameEndingAt(sentence, i + 1);
            }
        }
        return null;
    }

    /**
     * "... a reçu le Premier ministre brésilien. Marcelo Neves a transmis ...": a role stated last in a sentence,
     * with its state, and a person not yet known who opens the next sentence is that role's holder.
     */
    private void holderOpensNextSentence(AnnotatedArticle article, List<RolePhrase> unnamed, OfficialList officials) {
        if (unnamed.isEmpty()) {
            return;
        }
        RolePhrase last = unnamed.get(unnamed.size() - 1);
        Sentence sentence = last.sentence();
        boolean endsSentence = last.end() >= sentence.tokens().size() - 1;
        if (!endsSentence || last.state() == null || sentence.index() + 1 >= article.sentences().size()) {
            return;
        }
        Sentence next = article.sentence(sentence.index() + 1);
        NameSpan name = names.nameAt(next, 0);
        if (name != null && name.end() < next.tokens().size() && !next.tokens().get(name.end()).text().equals(",")
                && !officials.knows(name.text())) {
            officials.add(name.text(), last.role().id(), last.state(), next);
        }
    }

    /**
     * "son homologue indien Narendra Modi": the role of the last official named in the sentence, or else of the
     * role its sentence states before the cue without a name ("Le chef de la diplomatie a remercié son homologue
     * chinois Wang Yi").
     */
    private void counterparts(Sentence sentence, OfficialList officials, List<RolePhrase> unnamed) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!lexicon.isCounterpartCue(tokens.get(i).folded())) {
                continue;
            }
            final int cue = i;
            String model = roleNamedBefore(sentence, cue, officials);
            if (model == null) {
                model = unnamed.stream().filter(r -> r.end() <= cue).reduce((a, b) -> b).map(r -> r.role().id())
                        .orElse(null);
            }
            Official named = officials.lastIn(sentence.index());
            if (model == null && named != null) {
                // "Sur invitation de son homologue X, le président Y ...": the official may come after the cue.
                model = named.role();
            }
            List<String> states = new ArrayList<>();
            int j = counterpartStates(tokens, i + 1, states);
            if (j + 1 < tokens.size() && tokens.get(j).text().equals(",")) {
                j++;
            }
            NameSpan name = j < tokens.size() && names.isNameToken(sentence, j) ? names.nameAt(sentence, j) : null;
            for (int k = 0; model != null && name != null; k++) {
                officials.add(name.text(), model, k < states.size() ? states.get(k) : null, sentence);
                name = nextCounterpart(sentence, name, states, k + 1);
            }
        }
    }

    /**
     * The states of the adjectives after a counterpart cue, coordinated ones included ("ses deux homologues
     * vietnamien et cambodgien"), added to {@code states}; returns the token after them.
     */
    private int counterpartStates(List<Token> tokens, int j, List<String> states) {
        PhraseMatch<StateEntry> adjective = lexicon.stateAdjectives().matchAt(tokens, j);
        while (adjective != null) {
            states.add(adjective.value().code());
            j = adjective.end();
            adjective = j + 1 < tokens.size() && tokens.get(j).tag().equals("CCONJ")
                    ? lexicon.stateAdjectives().matchAt(tokens, j + 1) : null;
        }
        return j;
    }

    /**
     * The next counterpart of a list after {@code name}: a conjunction, then a name when the cue's adjectives were
     * coordinated ("vietnamien et cambodgien X et Y"), or a state adjective and a name ("biélorusse X et russe Y"),
     * whose state joins {@code states}; null when none follows.
     */
    private NameSpan nextCounterpart(Sentence sentence, NameSpan name, List<String> states, int index) {
        List<Token> tokens = sentence.tokens();
        int j = name.end();
        if (j + 2 >= tokens.size() || !tokens.get(j).tag().equals("CCONJ")) {
            return null;
        }
        PhraseMatch<StateEntry> adjective = lexicon.stateAdjectives().matchAt(tokens, j + 1);
        int at = adjective != null ? adjective.end() : j + 1;
        if (adjective == null && states.size() <= index || at >= tokens.size() || !names.isNameToken(sentence, at)) {
            return null;
        }
        while (adjective != null && states.size() <= index) {
            states.add(null);
        }
        if (adjective != null) {
            states.set(index, adjective.value().code());
        }
        return names.nameAt(sentence, at);
    }

    /**
     * The role of the known official named nearest before token {@code cue}: in "X s'est entretenu avec son homologue
     * Y, puis a rencontré le secrétaire général Z", Y is X's counterpart, not Z's.
     */
    private String roleNamedBefore(Sentence sentence, int cue, OfficialList officials) {
        boolean listed = listedWith(sentence.tokens(), cue);
        for (int k = cue - 1; k >= 0; k--) {
            if (!names.isNameToken(sentence, k)) {
                continue;
            }
            NameSpan name = names.nameEndingAt(sentence, k + 1);
            Official known = officials.find(name.text());
            if (known != null && !listed) {
                return known.role();
            }
            listed &= known == null;
            k = name.first();
        }
        return null;
    }

    /**
     * Whether the counterpart is the next of a list of complements ("les félicitations de X et de son homologue
     * chinois Y"): a conjunction and a preposition before the possessive make X a fellow sender, and the possessive
     * refers to someone named before, as the sentence's subject.
     */
    private boolean listedWith(List<Token> tokens, int cue) {
        int possessive = cue - 1;
        return possessive >= 2 && lexicon.isPossessiveCue(tokens.get(possessive).folded())
                && tokens.get(possessive - 1).tag().startsWith("ADP")
                && tokens.get(possessive - 2).tag().equals("CCONJ");
    }

    /**
     * "le secrétaire général du Parti et président de la République, Nguyen Van A et le Premier ministre B": a
     * conjunction and a determiner after the name begin the next person of a list, so the apposition is closed.
     */
    private static boolean beginsAnotherHolder(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).tag().equals("CCONJ") && tokens.get(i + 1).tag().equals("DET")
                && !tokens.get(i + 1).isCapitalized();
    }

    private static boolean closesApposition(Token token) {
        return token.text().equals(",") || token.text().equals(".") || token.text().equals(")")
                || token.text().equals(";");
    }

    private String familyState(String name) {
        String first = name.split("[\\s\\u00a0]+")[0];
        return lexicon.stateOfFamilyName(first).map(StateEntry::code).orElse(null);
    }

    private static String partner(List<StatePair> pairs, String home) {
        if (pairs.size() != 1) {
            return null;
        }
        StatePair pair = pairs.get(0);
        return pair.first().equals(home) ? pair.second() : pair.first();
    }
}
