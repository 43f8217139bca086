package diplokg.recognize;

import diplokg.fact.Official;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Officials named as someone's counterpart ("son homologue indien Narendra Modi", "ses homologues biélorusse X et
 * russe Y"): each takes the role of the official the cue refers to and the state of its adjective. Part of
 * {@link OfficialRecognizer}. Thread-safe.
 */
final class CounterpartReader {

    private final Lexicon lexicon;
    private final NameFinder names;
    private final String home;

    CounterpartReader(Lexicon lexicon, NameFinder names, String home) {
        this.lexicon = lexicon;
        this.home = home;
        this.names = names;
    }

    /**
     * "son homologue indien Narendra Modi": the role of the last official named in the sentence, or else of the
     * role its sentence states before the cue without a name ("Le chef de la diplomatie a remercié son homologue
     * chinois Wang Yi").
     */
    void read(Sentence sentence, RoleReader.Context context, OfficialList officials, List<RolePhrase> unnamed) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (!lexicon.isCounterpartCue(tokens.get(i).folded())) {
                continue;
            }
            final int cue = i;
            NameSpan known = knownNamedBefore(sentence, cue, officials);
            String model = known != null ? officials.counterpartRole(officials.find(known.text())) : null;
            RolePhrase stated = unnamed.stream().filter(r -> r.end() <= cue).reduce((a, b) -> b).orElse(null);
            if (model == null && stated != null
                    || stated != null && stated.first() > known.end() && opensClause(tokens, stated.first())) {
                // "Le roi X a écrit au président Y, et le Premier ministre thaïlandais a salué son homologue Z": the
                // office that is the subject of the cue's clause, stated after the last official named, is the one
                // the possessive refers to.
                model = stated.role().id();
            }
            Official named = officials.lastIn(sentence.index());
            if (model == null && named != null) {
                // "Sur invitation de son homologue X, le président Y ...": the official may come after the cue.
                model = officials.counterpartRole(named);
            }
            if (model == null && homeNamedBefore(tokens, cue)) {
                // "Le dirigeant vietnamien s'est entretenu avec son homologue thaïlandais X": a leader called by no
                // office is the home state's official the article named first.
                Official first = officials.firstOf(home);
                model = first != null ? officials.counterpartRole(first) : null;
            }
            List<String> states = new ArrayList<>();
            int j = bodyEnd(tokens, counterpartStates(tokens, i + 1, states, context), states);
            if (j + 1 < tokens.size() && tokens.get(j).text().equals(",")) {
                j++;
            }
            if (respective(sentence, i, states, officials)) {
                continue;
            }
            j = afterRank(sentence, j);
            // "ses homologues A et B", "ses homologues laotiens A et B": after a plural cue every name of the list is a
            // counterpart, and one state written once serves them all.
            boolean plural = i > 0 && lexicon.isPluralCue(tokens.get(i - 1).folded());
            String shared = plural && states.size() == 1 ? states.get(0) : null;
            NameSpan name = j < tokens.size() && names.isNameToken(sentence, j) ? names.nameAt(sentence, j) : null;
            for (int k = 0; model != null && name != null; k++) {
                officials.add(name.text(), model, k < states.size() ? states.get(k) : shared, sentence);
                name = nextCounterpart(sentence, name, states, k + 1, plural);
            }
        }
    }

    /**
     * The name after an article and a rank that is no role of the vocabulary ("son homologue laotien, le général X"):
     * the counterpart is X. {@code j} when no such rank stands there.
     */
    private int afterRank(Sentence sentence, int j) {
        List<Token> tokens = sentence.tokens();
        boolean rank = j + 2 < tokens.size() && tokens.get(j).tag().startsWith("DET")
                && tokens.get(j + 1).tag().equals("NOUN") && !tokens.get(j + 1).isCapitalized()
                && lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, j + 1) == null
                && names.isNameToken(sentence, j + 2);
        return rank ? j + 2 : j;
    }

    /**
     * "X et Y ont reçu leurs homologues respectifs, A et B": after a counterpart cue and an adjective that is no
     * state's, a list of as many names as the known officials named before the cue pairs them in order, A taking
     * X's role and B Y's. Returns whether the list was read so.
     */
    private boolean respective(Sentence sentence, int cue, List<String> states, OfficialList officials) {
        List<Token> tokens = sentence.tokens();
        int j = cue + 1;
        while (j < tokens.size() && (lexicon.stateAdjectives().matchAt(tokens, j) != null
                || tokens.get(j).tag().equals("ADJ") && !tokens.get(j).isCapitalized())) {
            j = Math.max(j + 1, lexicon.stateAdjectives().matchAt(tokens, j) != null
                    ? lexicon.stateAdjectives().matchAt(tokens, j).end() : j + 1);
        }
        if (j + 1 < tokens.size() && tokens.get(j).text().equals(",")) {
            j++;
        }
        List<NameSpan> list = new ArrayList<>();
        NameSpan name = j < tokens.size() && names.isNameToken(sentence, j) ? names.nameAt(sentence, j) : null;
        while (name != null) {
            list.add(name);
            int next = name.end() + 1;
            boolean more = next < tokens.size() && (tokens.get(name.end()).tag().equals("CCONJ")
                    || tokens.get(name.end()).text().equals(","));
            name = more && names.isNameToken(sentence, next) ? names.nameAt(sentence, next) : null;
        }
        List<String> models = rolesNamedBefore(sentence, cue, officials);
        if (list.size() < 2 || list.size() != models.size()) {
            return false;
        }
        for (int k = 0; k < list.size(); k++) {
            officials.add(list.get(k).text(), models.get(k), states.size() == 1 ? states.get(0) : null, sentence);
        }
        return true;
    }

    /** The roles of the known officials named before token {@code cue}, in the order the sentence names them. */
    private List<String> rolesNamedBefore(Sentence sentence, int cue, OfficialList officials) {
        List<String> roles = new ArrayList<>();
        for (int k = 0; k < cue; k++) {
            if (names.isNameToken(sentence, k)) {
                NameSpan name = names.nameAt(sentence, k);
                Official known = officials.find(name.text());
                if (known != null) {
                    roles.add(officials.counterpartRole(known));
                }
                k = name.end() - 1;
            }
        }
        return roles;
    }

    /**
     * The end of the body or state a counterpart serves, written after the cue and its adjectives, when a comma and
     * a name follow it: "son homologue ouzbek de la Chambre législative, X", "son homologue du Laos, X", "ses
     * homologues du Laos et du Cambodge, X et Y" (whose states join {@code states}, in order, when none was given).
     * {@code j} when there is none.
     */
    private int bodyEnd(List<Token> tokens, int j, List<String> states) {
        int k = afterPrepositions(tokens, j);
        if (k == j || k >= tokens.size() || !tokens.get(k).isCapitalized()) {
            return j;
        }
        PhraseMatch<StateEntry> state = lexicon.stateNames().matchAt(tokens, k);
        List<String> named = new ArrayList<>();
        int end = state != null ? state.end() : k + 1;
        for (PhraseMatch<StateEntry> s = state; s != null; s = stateAt(tokens, end + 1)) {
            named.add(s.value().code());
            end = s.end();
            if (end >= tokens.size() || !tokens.get(end).tag().equals("CCONJ")) {
                break;
            }
        }
        while (state == null && end < tokens.size() && (tokens.get(end).isCapitalized() && tokens.get(end).isWord()
                || tokens.get(end).tag().equals("ADJ") && lexicon.stateAdjectives().matchAt(tokens, end) == null)) {
            end++;
        }
        if (end + 1 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return j;
        }
        if (states.isEmpty()) {
            states.addAll(named);
        }
        return end;
    }

    /** The state named at {@code k} after one or two lower-case prepositions or articles ("du", "de la"), or null. */
    private PhraseMatch<StateEntry> stateAt(List<Token> tokens, int k) {
        int at = afterPrepositions(tokens, k);
        return at > k && at < tokens.size() && tokens.get(at).isCapitalized()
                ? lexicon.stateNames().matchAt(tokens, at) : null;
    }

    /** The token after one or two lower-case prepositions or articles at {@code j} ("du", "de la"), or {@code j}. */
    private static int afterPrepositions(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k - j < 2 && !tokens.get(k).isCapitalized()
                && (tokens.get(k).tag().startsWith("ADP") || k > j && tokens.get(k).tag().equals("DET"))) {
            k++;
        }
        return k;
    }

    /**
     * The states of the adjectives after a counterpart cue, coordinated ones included ("ses deux homologues
     * vietnamien et cambodgien", "son homologue coréen" as its article's {@code context} resolves it), added to
     * {@code states}; returns the token after them.
     */
    private int counterpartStates(List<Token> tokens, int j, List<String> states, RoleReader.Context context) {
        PhraseMatch<StateEntry> adjective = context.adjectiveAt(lexicon, tokens, j);
        while (adjective != null) {
            states.add(adjective.value().code());
            j = adjective.end();
            adjective = j + 1 < tokens.size() && tokens.get(j).tag().equals("CCONJ")
                    ? context.adjectiveAt(lexicon, tokens, j + 1) : null;
        }
        return j;
    }

    /**
     * The next counterpart of a list after {@code name}: a conjunction, then a name when the cue's adjectives were
     * coordinated ("vietnamien et cambodgien X et Y") or the cue is plural ("ses homologues X et Y"), or a
     * conjunction or a comma, then a state adjective and a name ("biélorusse X et russe Y", "laotien X, cambodgien
     * Y"), whose state joins {@code states}; null when none follows.
     */
    private NameSpan nextCounterpart(Sentence sentence, NameSpan name, List<String> states, int index,
                                     boolean plural) {
        List<Token> tokens = sentence.tokens();
        int j = name.end();
        boolean comma = j < tokens.size() && tokens.get(j).text().equals(",");
        if (j + 2 >= tokens.size() || !tokens.get(j).tag().equals("CCONJ") && !comma) {
            return null;
        }
        PhraseMatch<StateEntry> adjective = lexicon.stateAdjectives().matchAt(tokens, j + 1);
        if (comma && adjective == null) {
            return null;
        }
        int at = adjective != null ? adjective.end() : j + 1;
        if (adjective == null && states.size() <= index && !plural || at >= tokens.size()
                || !names.isNameToken(sentence, at)) {
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

    /** Whether the home state's name or adjective is written before token {@code cue}. */
    private boolean homeNamedBefore(List<Token> tokens, int cue) {
        for (int k = 0; k < cue; k++) {
            PhraseMatch<StateEntry> adjective = lexicon.stateAdjectives().matchAt(tokens, k);
            PhraseMatch<StateEntry> name = lexicon.stateNames().matchAt(tokens, k);
            if (adjective != null && adjective.value().code().equals(home)
                    || name != null && name.value().code().equals(home)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of the known official named nearest before token {@code cue}, whose role a counterpart takes: in "X
     * s'est entretenu avec son homologue Y, puis a rencontré le secrétaire général Z", Y is X's counterpart, not Z's.
     */
    private NameSpan knownNamedBefore(Sentence sentence, int cue, OfficialList officials) {
        boolean listed = listedWith(sentence.tokens(), cue);
        for (int k = cue - 1; k >= 0; k--) {
            if (!names.isNameToken(sentence, k)) {
                continue;
            }
            NameSpan name = names.nameEndingAt(sentence, k + 1);
            Official known = officials.find(name.text());
            if (known != null && !listed) {
                return name;
            }
            listed &= known == null;
            k = name.first();
        }
        return null;
    }

    /** Whether the phrase at {@code first}, after its article, opens a clause: the sentence's start, a comma, "et". */
    private static boolean opensClause(List<Token> tokens, int first) {
        int k = first > 0 && tokens.get(first - 1).tag().equals("DET") ? first - 2 : first - 1;
        return k < 0 || tokens.get(k).text().equals(",") || tokens.get(k).tag().equals("CCONJ");
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
}
