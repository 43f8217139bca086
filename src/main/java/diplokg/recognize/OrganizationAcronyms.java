package diplokg.recognize;

import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what an acronym stands for: an organisation, or something else that is written the same way (an agreement
 * "(CPTPP)", a ministry "(AE)", a ministry's field "des AE", a university "l'université RMIT", a document or a
 * meeting "Réunion des ministres (AMM)", a numbered session "la 14e CMO", a state, a vocabulary's word "IA"). Also
 * reads the acronym and the full name written in parentheses after a name. Thread-safe (no state but the lexicon).
 */
final class OrganizationAcronyms {

    private static final int LONGEST_NAME = OrganizationNameBounds.LONGEST_NAME;
    private static final int AGREEMENT_WINDOW = 10;
    private static final Set<String> STOP_TAGS = Set.of("VERB", "AUX", "PRON");
    /** How many upper-case words in a row make a line written in capitals ("MESSAGE DE CONDOLÉANCES"). */
    private static final int CAPITALS_RUN = 3;
    /** An elided article ("l'"), which the tagger may call punctuation when written with a typographic apostrophe. */
    private static final Pattern ARTICLE = Pattern.compile("[lL]['’]");
    /** The endings of a past participle: "renforcé", "élargie", "intégrés". */
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("\\p{Ll}{2,}ée?s?");

    /**
     * An acronym of two letters or more with a number glued to it ("COP26"): a meeting's numbered session, not a body.
     * A group named by one letter and its size ("G20") is not one.
     */
    private static final Pattern NUMBERED_SESSION = Pattern.compile("\\p{Lu}{2,}\\d+");

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> otherBodies;
    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> otherHeads;

    OrganizationAcronyms(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.otherBodies = lexicon.excludedPhrases(CueKind.ORGANIZATION);
        this.cues = lexicon.cues(CueKind.ORGANIZATION);
        this.otherHeads = lexicon.frameCues(CueKind.ORGANIZATION);
    }

    /**
     * Whether the acronym at {@code i} may name an organisation on its own: no ministry's or other body's acronym
     * after its name ("ministère des Affaires étrangères (AE)") unless joined to another name, and no ministry's field.
     */
    boolean namesOrganizationAt(List<Token> tokens, int i) {
        return isAcronym(tokens, i) && !(i > 0 && !lexicon.isNameLinker(tokens.get(i - 1).folded())
                && otherBodyBefore(tokens, i) && !joinedToAnotherName(tokens, i)) && !abbreviatesField(tokens, i)
                && !(i > 0 && counted(tokens.get(i - 1))) && !NUMBERED_SESSION.matcher(tokens.get(i).text()).matches();
    }

    /** "la 14e CMO", "les deux PM": an acronym after a number is a numbered session or a count of offices. */
    private static boolean counted(Token previous) {
        return NumberWords.isOrdinal(previous) || previous.tag().equals("NUM");
    }

    /**
     * The token after "( ACRONYM )" at {@code i} when it abbreviates an agreement, another body, or a document, meeting
     * or treaty written before it; {@code i} otherwise. A number may follow the acronym: a meeting's session or a
     * treaty's year ("(COP 26)", "(CNUDM 1982)").
     */
    int definedAcronymAt(List<Token> tokens, int i) {
        int close = i + 2 < tokens.size() && tokens.get(i + 2).tag().equals("NUM") ? i + 3 : i + 2;
        boolean defined = i > 0 && close < tokens.size() && tokens.get(i).text().equals("(")
                && tokens.get(close).text().equals(")") && isAcronym(tokens, i + 1)
                && (agreementBefore(tokens, i) || otherBodyBefore(tokens, i) || otherNameBefore(tokens, i)
                || commonPhraseBefore(tokens, i));
        return defined ? close + 1 : i;
    }

    /**
     * Whether only lower-case words, commas and conjunctions stand between an article and token {@code index}: "la
     * pêche illicite, non déclarée et non réglementée (INN)", "l'aide publique au développement (APD)" name a thing
     * in common words; an organisation's name holds a capital ("Organisation mondiale du commerce (OMC)"). A
     * preposition opens such a phrase as an article does ("la lutte contre pêche illicite, non déclarée (INN)").
     */
    private static boolean commonPhraseBefore(List<Token> tokens, int index) {
        boolean word = false;
        for (int k = index - 1; k >= 0 && index - k <= LONGEST_NAME + 2; k--) {
            Token token = tokens.get(k);
            if (token.isCapitalized()) {
                return false;
            }
            if (token.tag().equals("DET") || ARTICLE.matcher(token.text()).matches()) {
                return word;
            }
            if (token.tag().equals("ADP") && word && !insideName(tokens, k)) {
                return true;
            }
            if (!token.isWord() && !token.text().equals(",")) {
                return false;
            }
            word |= token.isWord();
        }
        return false;
    }

    /**
     * Whether a capital comes before preposition {@code k}, before any article, verb, pronoun or mark other than a
     * comma: the preposition is then inside a name ("Médecins sans frontières").
     */
    private static boolean insideName(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Token token = tokens.get(j);
            if (token.isCapitalized()) {
                return true;
            }
            if (token.tag().equals("DET") || ARTICLE.matcher(token.text()).matches() || STOP_TAGS.contains(token.tag())
                    || !token.isWord() && !token.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name ending before token {@code index} is that of a document, a meeting or a treaty: its first
     * capitalised head is one of {@code dkg:frameCue} of {@code dkg:Organization} ("Déclaration sur la conduite des
     * parties en mer Orientale (DOC)", "Assemblée générale des Nations unies (AGNU)"), not an organisation's cue
     * ("Organisation du Traité de l'Atlantique Nord"). The name runs back to a punctuation mark, a verb or a pronoun;
     * a past participle between a lower-case noun or adjective and a capitalised word qualifies the name's noun
     * ("Stratégie d'engagement économique renforcé Vietnam-Australie (EEES)"), unlike one followed by its agent
     * ("la Stratégie nationale adoptée par le Forum des entreprises (FDE)").
     */
    private boolean otherNameBefore(List<Token> tokens, int index) {
        boolean other = false;
        for (int k = index - 1; k >= 0 && index - k <= LONGEST_NAME + 2; k--) {
            Token token = tokens.get(k);
            if (NumberWords.year(token).isPresent()) {
                // "Convention des Nations unies sur le droit de la mer de 1982 (CNUDM)": a treaty's year.
                continue;
            }
            if (!token.isWord() || STOP_TAGS.contains(token.tag()) && !qualifiesNoun(tokens, k)) {
                break;
            }
            if (token.isCapitalized() && otherHeads.matchAt(tokens, k) != null) {
                other = true;
            } else if (token.isCapitalized() && cues.matchAt(tokens, k) != null) {
                other = false;
            }
        }
        return other;
    }

    /**
     * Whether token {@code k} is a past participle between a lower-case noun or adjective and a capitalised word
     * ("économique renforcé Vietnam-Australie").
     */
    private static boolean qualifiesNoun(List<Token> tokens, int k) {
        Token previous = k > 0 ? tokens.get(k - 1) : null;
        return PAST_PARTICIPLE.matcher(tokens.get(k).text()).matches() && previous != null
                && !previous.isCapitalized() && (previous.tag().equals("NOUN") || previous.tag().equals("ADJ"))
                && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized();
    }

    /**
     * Whether the name ending before token {@code index} is that of a body that is no organisation: "ministère des
     * Affaires étrangères (AE)", "Mécanisme COVAX". The name runs back over capitalised words, name linkers and
     * lower-case nouns and adjectives to the phrase ({@code dkg:excludedPhrase}) that opens it.
     */
    private boolean otherBodyBefore(List<Token> tokens, int index) {
        int first = index;
        // "ministère du Travail, des Invalides et des Affaires sociales (MOLISA)": a ministry's name lists its
        // fields with commas and a conjunction.
        // "Commission de la zone exempte d'armes nucléaires en Asie du Sud-Est (SEANWFZ)": a preposition before a
        // capitalised place belongs to the name.
        while (first > 0 && index - first < LONGEST_NAME && (inName(tokens.get(first - 1))
                || RoleWords.qualifier(tokens, first - 1)
                || tokens.get(first - 1).tag().equals("ADP") && tokens.get(first).isCapitalized()
                || CoordinatedOrganizations.separator(tokens.get(first - 1)) && first < index
                && (tokens.get(first).isCapitalized()
                || lexicon.isNameLinker(tokens.get(first).folded())))) {
            first--;
        }
        for (int k = first; k < index; k++) {
            PhraseMatch<Boolean> body = otherBodies.matchAt(tokens, k);
            if (body != null && body.end() <= index) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the acronym at {@code i} abbreviates a ministry's field: it follows a linker right after a phrase of
     * {@code dkg:excludedPhrase} and maybe state adjectives and qualifiers ("ministre ukrainien des AE", "vice-ministre
     * des AE", "ministre vietnamien par intérim des AE").
     * A longer name in between ("ministres des Affaires étrangères de l'ASEAN") names another body.
     */
    boolean abbreviatesField(List<Token> tokens, int i) {
        int k = i - 1;
        if (k < 1 || !lexicon.isNameLinker(tokens.get(k).folded())) {
            return false;
        }
        return bodyEndsAt(tokens, pastQualifiers(tokens, k - 1)) || coordinatedField(tokens, k - 1);
    }

    /**
     * "ministre émirien de l'Industrie et des Technologies avancées": whether token {@code k} is a comma or a
     * conjunction after the capitalised fields of a ministry named before, so that the field after it is that
     * ministry's too.
     */
    private boolean coordinatedField(List<Token> tokens, int k) {
        if (k < 1 || !(tokens.get(k).tag().equals("CCONJ") || tokens.get(k).text().equals(","))) {
            return false;
        }
        for (int j = k - 1; j > 0 && k - j <= LONGEST_NAME; j--) {
            Token token = tokens.get(j);
            boolean linker = lexicon.isNameLinker(token.folded()) && !token.tag().equals("CCONJ");
            // "de l'Industrie": the first of the linkers before a field follows the ministry's phrase.
            boolean first = linker && !lexicon.isNameLinker(tokens.get(j - 1).folded());
            if (first && bodyEndsAt(tokens, pastQualifiers(tokens, j - 1))) {
                return true;
            }
            if (!(token.isCapitalized() || linker || token.tag().equals("CCONJ") || token.text().equals(",")
                    || token.tag().equals("ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** The token before the state adjectives and qualifiers that end at token {@code k} ("ministre vietnamien"). */
    private int pastQualifiers(List<Token> tokens, int k) {
        while (k > 0 && !tokens.get(k).isCapitalized() && (lexicon.stateAdjectives().matchAt(tokens, k) != null
                || RoleWords.qualifier(tokens, k - 1))) {
            k -= lexicon.stateAdjectives().matchAt(tokens, k) != null ? 1 : 2;
        }
        return k;
    }

    /** Whether a phrase of {@code dkg:excludedPhrase} ("ministre", "ministère") ends at token {@code k}. */
    private boolean bodyEndsAt(List<Token> tokens, int k) {
        for (int start = Math.max(0, k - 2); start <= k; start++) {
            PhraseMatch<Boolean> body = otherBodies.matchAt(tokens, start);
            if (body != null && body.end() == k + 1) {
                return true;
            }
        }
        return false;
    }

    private boolean inName(Token token) {
        return token.isCapitalized() || lexicon.isNameLinker(token.folded()) && !token.tag().equals("CCONJ")
                || token.tag().equals("ADJ") || token.tag().equals("NOUN");
    }

    /** Whether an agreement's name ("accord de libre-échange", "traité") ends shortly before token {@code index}. */
    boolean agreementBefore(List<Token> tokens, int index) {
        return lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases().findAll(tokens).stream()
                .anyMatch(m -> m.end() <= index && index - m.end() <= AGREEMENT_WINDOW);
    }

    /**
     * "l'OTAN (Organisation du Traité de l'Atlantique Nord)": the end of a full name in parentheses after an acronym,
     * past the closing parenthesis, or {@code j} when none opens at {@code j}. The name begins with a capitalised word
     * that is no state or city and has at least two words.
     */
    int spelledOutAt(List<Token> tokens, int j) {
        if (j + 3 >= tokens.size() || !tokens.get(j).text().equals("(") || !tokens.get(j + 1).isCapitalized()
                || lexicon.placeAt(tokens, j + 1)) {
            return j;
        }
        for (int k = j + 3; k < tokens.size() && k - j <= LONGEST_NAME + 1; k++) {
            if (tokens.get(k).text().equals(")")) {
                return k + 1;
            }
            if (tokens.get(k).text().equals("(") || tokens.get(k).tag().equals("VERB")) {
                return j;
            }
        }
        return j;
    }

    /**
     * "le mécanisme de coopération ASEAN - Union européenne": an acronym joined by a dash to another capitalised name
     * is one party of the body's name, not the body's own acronym.
     */
    private static boolean joinedToAnotherName(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && TextFolder.fold(tokens.get(i + 1).text()).equals("-")
                && tokens.get(i + 2).isCapitalized();
    }

    /** Whether "( ACRONYM )" opens at token {@code j}. */
    static boolean acronymAt(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && tokens.get(j).text().equals("(") && tokens.get(j + 2).text().equals(")")
                && tokens.get(j + 1).isCapitalized();
    }

    /** Whether token {@code i} is written as an acronym no vocabulary, state or honorific claims. */
    boolean isAcronym(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (text.length() < 2 || !text.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                || !Character.isLetter(text.codePointAt(0)) || text.matches("[IVXLC]+")
                || lexicon.isHonorific(tokens.get(i).folded()) || inCapitals(tokens, i)) {
            return false;
        }
        for (Scheme scheme : Scheme.values()) {
            if (lexicon.vocabulary(scheme).phrases().matchAt(tokens, i) != null) {
                return false;
            }
        }
        return !isStateAt(tokens, i);
    }

    /**
     * Whether token {@code i} is one of {@value #CAPITALS_RUN} or more upper-case words in a row: a heading or a
     * letter written in capitals ("MESSAGE DE CONDOLÉANCES DES DIRIGEANTS"), whose words are no acronyms. Acronyms
     * of a list are parted by commas and conjunctions ("ASEAN, UE et OMC").
     */
    static boolean inCapitals(List<Token> tokens, int i) {
        int first = i;
        while (first > 0 && upperCaseWord(tokens.get(first - 1))) {
            first--;
        }
        int end = i;
        while (end < tokens.size() && upperCaseWord(tokens.get(end))) {
            end++;
        }
        return end - first >= CAPITALS_RUN;
    }

    private static boolean upperCaseWord(Token token) {
        return token.isWord() && token.text().codePoints().noneMatch(Character::isLowerCase);
    }

    /** Whether a state's name begins at token {@code i}. */
    boolean isStateAt(List<Token> tokens, int i) {
        return lexicon.stateNames().matchAt(tokens, i) != null;
    }
}
