package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where an organisation's name begins and ends among a sentence's tokens: over capitalised words, lower-case
 * adjectives and nouns joined by the name linkers, and not over a person's name, another cue or a second complement.
 * {@code people} are the folded words of the officials the article names. Thread-safe (no state but the lexicon).
 */
final class OrganizationNameBounds {

    static final int LONGEST_NAME = 12;
    /** How many adjectives may stand between the determiner and the cue of an apposition ("une grande société"). */
    private static final int APPOSITIVE_ADJECTIVES = 2;
    private static final int LOWER_CASE_WINDOW = 4;
    /** A capital after two lower-case letters inside a word that opens with a capital ("AstraZeneca"). */
    /** The tags of the determiners before a state's adjective used as a noun ("le", "l'", "du", "au"). */
    private static final Set<String> DETERMINERS = Set.of("DET", "ADP+DET");
    private static final Pattern INNER_CAPITAL = Pattern.compile("^\\p{Lu}\\p{L}*\\p{Ll}{2}\\p{Lu}");

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> frames;
    private final PhraseTable<Concept> roles;
    private final PhraseTable<Concept> documents;
    private final OrganizationAcronyms acronyms;

    OrganizationNameBounds(Lexicon lexicon, OrganizationAcronyms acronyms) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues(CueKind.ORGANIZATION);
        this.frames = lexicon.frameCues(CueKind.ORGANIZATION);
        this.roles = lexicon.vocabulary(Scheme.ROLES).phrases();
        this.documents = lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases();
        this.acronyms = acronyms;
    }

    /** The end of a name whose words run on from token {@code from}. */
    int extent(List<Token> tokens, int from, List<List<String>> people) {
        int end = from;
        int j = from;
        while (j < tokens.size() && j - from < LONGEST_NAME) {
            Token token = tokens.get(j);
            Token previous = tokens.get(j - 1);
            boolean afterLinker = lexicon.isNameLinker(previous.folded()) && !previous.tag().equals("CCONJ");
            // "et d'", "et de la": the conjunction before the run of linkers that precedes this word, if any.
            int conjunction = j - 1;
            while (conjunction > from && lexicon.isNameLinker(tokens.get(conjunction).folded())
                    && !tokens.get(conjunction).tag().equals("CCONJ")) {
                conjunction--;
            }
            boolean afterConjunction = afterLinker && conjunction < j - 1
                    && tokens.get(conjunction).tag().equals("CCONJ");
            boolean newName = j > from && lexicon.isNameLinker(previous.folded()) && token.isCapitalized()
                    && cues.matchAt(tokens, j) != null;
            // "Parti vietnamien Hồ Quốc Tuấn": a capitalised word after a lower-case one starts a person's name,
            // unless it is a state ("Association d'amitié Vietnam - Russie"), a compound of states ("Association
            // d'amitié Laos-Vietnam") or a brand with a capital inside ("Agence d'aviation VietjetAir").
            boolean personName = !afterLinker && token.isCapitalized() && j > from
                    && !tokens.get(j - 1).isCapitalized() && !acronyms.isStateAt(tokens, j) && !statesCompound(token)
                    && !brand(token);
            if (newName || personName || ownerAt(tokens, j) || closedBy(tokens, from, j)
                    || personAt(tokens, j, people)
                    || otherCueAfterConjunction(tokens, j)
                    || coordinatedComplementAt(tokens, j) || otherBodyAfterConjunction(tokens, j)) {
                break;
            }
            PhraseMatch<StateEntry> state = afterLinker ? lexicon.stateNames().matchAt(tokens, j) : null;
            if (state != null && state.end() < tokens.size() && tokens.get(state.end()).isCapitalized()
                    && tokens.get(state.end()).isWord() && !acronyms.isStateAt(tokens, state.end())) {
                // "Parti communiste de Cuba Raul Castro": a name ends with the state it is "of"; a capitalised
                // word after it begins a person's name, the holder of the office written before.
                return state.end();
            }
            // "a visité le siège de l'Union africaine et rencontré ...": a participle after a conjunction is the
            // sentence's next verb, no adjective of the name.
            boolean verbAfterConjunction = previous.tag().equals("CCONJ") && token.tag().equals("VERB");
            // "Parti révolutionnaire populaire lao": a state's adjective closes a name as any adjective does, however
            // the tagger reads it.
            boolean adjective = !token.isCapitalized() && !afterConjunction && !verbAfterConjunction
                    && (RoleWords.adjectival(token) || lexicon.stateAdjectives().matchAt(tokens, j) != null);
            // "Chambre de commerce et d'industrie", but not "Viettel et des partenaires" or "l'édification du Parti
            // et de la lutte contre la corruption": after a capitalised word and a conjunction, lower-case nouns begin
            // another phrase.
            // "membre du Conseil de sécurité des Nations unies pour le mandat 2023-2025": a noun dated by a number
            // after it is a term or a period of the sentence, no word of a name.
            boolean dated = j + 1 < tokens.size() && Character.isDigit(tokens.get(j + 1).text().charAt(0));
            boolean noun = afterLinker && !token.isCapitalized() && token.tag().equals("NOUN") && !dated
                    && !(afterConjunction && conjunction >= 1 && tokens.get(conjunction - 1).isCapitalized());
            if (token.isCapitalized() && token.isWord() || adjective || noun) {
                end = ++j;
            } else if (lexicon.isNameLinker(token.folded()) && j + 1 < tokens.size()) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "le constructeur automobile VinFast", "le groupe de télécommunications Viettel": the name after a lower-case
     * cue, past at most three lower-case words or linkers; a state name may open it only when more capitalised
     * words follow.
     */
    int nameAfterLowerCaseCue(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + LOWER_CASE_WINDOW); j++) {
            Token token = tokens.get(j);
            if (token.isCapitalized()) {
                boolean state = acronyms.isStateAt(tokens, j) || statesCompound(token);
                boolean more = j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized();
                return !state || more ? j : -1;
            }
            // "le groupe de télécommunications Viettel", but not "tirer parti de l'Accord": a linker joins the
            // cue's lower-case complement, never the name itself.
            boolean linker = lexicon.isNameLinker(token.folded()) && !token.tag().equals("CCONJ")
                    && j + 1 < tokens.size() && !tokens.get(j + 1).isCapitalized();
            if (!token.tag().equals("ADJ") && !token.tag().equals("NOUN") && !linker) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "du japonais Idemitsu", "l'américain Boeing", "le sud-coréen LG": the business press names a company after its
     * state's adjective used as a noun, in lower case and after a determiner (a person's nationality is a capitalised
     * noun: "le Japonais Tanaka"). Returns the token where the company's name begins, or -1 when token {@code i}
     * opens no such phrase; the name is a capitalised word or an acronym that is no place, office, cue or person.
     */
    int nameAfterNationality(List<Token> tokens, int i, List<List<String>> people) {
        Token token = tokens.get(i);
        if (i == 0 || token.isCapitalized() || !DETERMINERS.contains(tokens.get(i - 1).tag())) {
            return -1;
        }
        PhraseMatch<StateEntry> adjective = lexicon.stateAdjectives().matchAt(tokens, i);
        int name = adjective != null ? adjective.end() : -1;
        boolean named = name > 0 && name < tokens.size()
                && (plainName(tokens, name, people) || acronyms.isAcronym(tokens, name));
        return named ? name : -1;
    }

    /** "Vietnam-Russie": a compound of state names, the pair a body or an event is between, no name of its own. */
    private boolean statesCompound(Token token) {
        String[] parts = token.text().split("-");
        return parts.length >= 2 && Arrays.stream(parts)
                .allMatch(p -> !p.isEmpty() && lexicon.stateNames().lookup(p) != null);
    }

    /**
     * "Parti du Vietnam", "Parti vietnamien": a cue and a state only is a role's context, not a name; "Comité du
     * Parti de Hanoï": a cue and a city only is a local party committee.
     */
    boolean onlyStatesAfterCue(List<Token> tokens, int from, int end) {
        for (int j = from; j < end; j++) {
            Token token = tokens.get(j);
            boolean state = lexicon.stateNames().matchAt(tokens, j) != null
                    || lexicon.stateAdjectives().matchAt(tokens, j) != null
                    || lexicon.cities().matchAt(tokens, j) != null;
            if (!state && !lexicon.isNameLinker(token.folded())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Chambre de commerce européenne au Vietnam (EuroCham)": a preposition and a state between a name and its
     * acronym belong to the name.
     */
    int placeBeforeAcronym(List<Token> tokens, int end) {
        if (end + 1 < tokens.size() && tokens.get(end).tag().startsWith("ADP")
                && !lexicon.isNameLinker(tokens.get(end).folded())) {
            PhraseMatch<?> state = lexicon.stateNames().matchAt(tokens, end + 1);
            if (state != null && OrganizationAcronyms.acronymAt(tokens, state.end())) {
                return state.end();
            }
        }
        return end;
    }

    /**
     * Whether token {@code j} is a capitalised word of a name: no state, city, person, cue, acronym, office ("et
     * Président vietnamien"), nor the head of a document's or a meeting's name ("les Sommets de l'ASEAN et Sommets
     * connexes").
     */
    boolean plainName(List<Token> tokens, int j, List<List<String>> people) {
        Token token = tokens.get(j);
        return token.isCapitalized() && token.isWord() && !acronyms.isStateAt(tokens, j)
                && frames.matchAt(tokens, j) == null
                && lexicon.stateAdjectives().matchAt(tokens, j) == null && lexicon.cities().matchAt(tokens, j) == null
                && !personAt(tokens, j, people) && !acronyms.isAcronym(tokens, j) && cues.matchAt(tokens, j) == null
                && roles.matchAt(tokens, j) == null;
    }

    /** The end of the capitalised words from token {@code i} (states included: "Vietnam Airlines"). */
    int capitalisedRun(List<Token> tokens, int i, List<List<String>> people) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isCapitalized() && tokens.get(end).isWord()
                && !personAt(tokens, end, people) && end - i < LONGEST_NAME
                && (end == i || cues.matchAt(tokens, end) == null)) {
            end++;
        }
        return end;
    }

    /**
     * ", coentreprise ...", ", une filiale de ...", ", une importante société énergétique": whether a comma and a
     * company cue open at {@code j}, the cue after a determiner and adjectives before it, if any.
     */
    boolean appositiveCueAt(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).text().equals(",")) {
            return false;
        }
        int k = j + 1;
        if (tokens.get(k).tag().equals("DET") && k + 1 < tokens.size()) {
            k++;
            while (k + 1 < tokens.size() && k - j <= APPOSITIVE_ADJECTIVES + 1 && tokens.get(k).tag().equals("ADJ")
                    && !tokens.get(k).isCapitalized()) {
                k++;
            }
        }
        return !tokens.get(k).isCapitalized() && cues.matchAt(tokens, k) != null;
    }

    /**
     * "FLC Group pour l'acquisition de...", "Vietnam Airlines et ...": a capitalised cue word written after the
     * first word of a name closes it, as English names end with their company word; a linker after it belongs to
     * the sentence.
     */
    private boolean closedBy(List<Token> tokens, int from, int j) {
        if (j <= from || !lexicon.isNameLinker(tokens.get(j).folded()) || !tokens.get(j - 1).isCapitalized()) {
            return false;
        }
        PhraseMatch<Boolean> cue = cues.matchAt(tokens, j - 1);
        return cue != null && cue.end() == j;
    }

    /**
     * "AstraZeneca", "PetroVietnam" written alone, with no capitalised word before or after it: a brand is a company's
     * name. Its capital inside follows two lower-case letters or more, so the prefixes of family names ("McClay",
     * "DiMaggio") make none; nor does a word of an official's name.
     */
    boolean brandAlone(List<Token> tokens, int i, List<List<String>> people) {
        Token token = tokens.get(i);
        boolean alone = (i == 0 || !tokens.get(i - 1).isCapitalized() || !tokens.get(i - 1).isWord())
                && (i + 1 == tokens.size() || !tokens.get(i + 1).isCapitalized() || !tokens.get(i + 1).isWord());
        String key = TextFolder.key(token.text());
        return alone && INNER_CAPITAL.matcher(token.text()).find() && !acronyms.isStateAt(tokens, i)
                && people.stream().noneMatch(words -> words.contains(key));
    }

    /**
     * "Movitel du groupe Viettel": a linker, a lower-case cue and a capitalised word that is no state name the
     * company that owns the one named before, another organisation.
     */
    private boolean ownerAt(List<Token> tokens, int j) {
        if (!lexicon.isNameLinker(tokens.get(j).folded()) || tokens.get(j).tag().equals("CCONJ")) {
            return false;
        }
        int k = j;
        while (k < tokens.size() && lexicon.isNameLinker(tokens.get(k).folded())) {
            k++;
        }
        PhraseMatch<Boolean> cue = k < tokens.size() && !tokens.get(k).isCapitalized() ? cues.matchAt(tokens, k)
                : null;
        return cue != null && cue.end() < tokens.size() && tokens.get(cue.end()).isCapitalized()
                && tokens.get(cue.end()).isWord() && !acronyms.isStateAt(tokens, cue.end());
    }

    /** "VietjetAir", "PetroVietnam": a word with a capital after a lower-case letter is a brand, no person's name. */
    private static boolean brand(Token token) {
        String text = token.text();
        for (int k = 1; k < text.length(); k++) {
            if (Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Convention des Nations unies sur le droit de la mer", "la Convention-cadre des Nations unies": whether the
     * name at token {@code i} is the complement of an agreement's head word (of the agreement types' vocabulary),
     * which names the treaty, not the organisation.
     */
    boolean inAgreementName(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && lexicon.isNameLinker(tokens.get(k).folded()) && !tokens.get(k).tag().equals("CCONJ")
                && tokens.get(k).isWord()) {
            k--;
        }
        if (k < 0 || k == i - 1 || !tokens.get(k).isWord()) {
            return false;
        }
        // "Convention-cadre": the head word is the part before a hyphen.
        String text = tokens.get(k).text();
        int hyphen = text.indexOf('-');
        return documents.lookup(hyphen > 0 ? text.substring(0, hyphen) : text) != null;
    }

    /** Whether a state's or a city's name begins at token {@code j}. */
    boolean placeAt(List<Token> tokens, int j) {
        return lexicon.placeAt(tokens, j);
    }

    /** "Parti communiste du Vietnam Tô Lâm": whether an official's name begins at token {@code j}. */
    private static boolean personAt(List<Token> tokens, int j, List<List<String>> people) {
        for (List<String> words : people) {
            boolean all = j + words.size() <= tokens.size();
            for (int k = 0; all && k < words.size(); k++) {
                all = TextFolder.key(tokens.get(j + k).text()).equals(words.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * "les dirigeants du Parti et de l'État": a conjunction, a preposition and a capitalised word coordinate two
     * complements of the phrase before the name, which ends at the conjunction ("Chambre de commerce et d'industrie"
     * goes on with a lower-case word).
     */
    private boolean coordinatedComplementAt(List<Token> tokens, int j) {
        if (!tokens.get(j).tag().equals("CCONJ") || j + 1 >= tokens.size()
                || !tokens.get(j + 1).tag().startsWith("ADP")) {
            return false;
        }
        int k = j + 1;
        while (k < tokens.size() && lexicon.isNameLinker(tokens.get(k).folded())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isCapitalized();
    }

    /**
     * "Viettel et la compagnie aérienne Vietnam Airlines", "Parti communiste chinois et le président chinois": a
     * conjunction before another lower-case cue or before an office ends a name.
     */
    private boolean otherCueAfterConjunction(List<Token> tokens, int j) {
        if (!tokens.get(j).tag().equals("CCONJ")) {
            return false;
        }
        int k = j + 1;
        while (k < tokens.size() && lexicon.isNameLinker(tokens.get(k).folded())
                && !tokens.get(k).tag().equals("CCONJ")) {
            k++;
        }
        return k < tokens.size() && (!tokens.get(k).isCapitalized() && cues.matchAt(tokens, k) != null
                || roles.matchAt(tokens, k) != null);
    }

    /**
     * "le Parti et l'État du Vietnam", "le Parti et le Gouvernement": a conjunction, a determiner and a capitalised
     * word that is neither a state nor a cue, or a noun and a state's adjective, begin another body, not the rest
     * of the name.
     */
    private boolean otherBodyAfterConjunction(List<Token> tokens, int j) {
        if (!tokens.get(j).tag().equals("CCONJ") || j + 2 >= tokens.size()) {
            return false;
        }
        Token determiner = tokens.get(j + 1);
        Token head = tokens.get(j + 2);
        // "Front lao pour la construction nationale et le peuple lao": a noun of a state ("le peuple lao", "le
        // gouvernement cubain") is another addressee.
        boolean ofState = !head.isCapitalized() && head.tag().equals("NOUN") && j + 3 < tokens.size()
                && lexicon.stateAdjectives().matchAt(tokens, j + 3) != null;
        return determiner.tag().equals("DET") && !determiner.isCapitalized() && (ofState || head.isCapitalized()
                && head.isWord() && !acronyms.isStateAt(tokens, j + 2) && cues.matchAt(tokens, j + 2) == null);
    }
}
