package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Organization;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds organisations (international organisations, parties, companies, associations, media) with every name the
 * article gives them.
 *
 * <p>A name starts at a capitalised cue of {@code dkg:Organization} ("Union européenne", "Association d'amitié
 * Vietnam - Russie", "Parti communiste du Vietnam") or follows a lower-case one ("l'agence Yonhap", "le groupe
 * Viettel"), and runs over capitalised words, lower-case adjectives, and nouns joined by the name linkers
 * ("Union des organisations d'amitié du Vietnam"). An acronym in parentheses after a name is the same organisation
 * ("Union économique eurasiatique (UEEA)"); an acronym alone is an organisation unless the vocabularies or the states
 * know it as something else ("IA", "USD", "RDC"). Ministries, embassies and committees have no cue, so they are never
 * organisations.
 */
public final class OrganizationRecognizer implements Recognizer<Organization> {

    private static final int LONGEST_NAME = 12;
    private static final int AGREEMENT_WINDOW = 10;

    private static final int LOWER_CASE_WINDOW = 4;
    private static final int LIST_WINDOW = 6;
    private static final List<String> FUNCTION_TAGS = List.of("ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ");

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> otherBodies;
    private final OrganizationNames organizations;

    public OrganizationRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues(CueKind.ORGANIZATION);
        this.otherBodies = lexicon.excludedPhrases(CueKind.ORGANIZATION);
        this.organizations = new OrganizationNames(lexicon);
    }

    @Override
    public FactKind<Organization> kind() {
        return Contract.ORGANIZATIONS;
    }

    @Override
    public List<Stated<Organization>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<Stated<Organization>> found = new ArrayList<>();
        Set<String> otherAcronyms = new java.util.HashSet<>();
        List<List<String>> people = facts.facts(Contract.OFFICIALS).stream()
                .map(o -> List.of(TextFolder.key(o.name()).split(" "))).toList();
        for (Sentence sentence : article.sentences()) {
            List<Token> tokens = sentence.tokens();
            List<int[]> spans = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                int end = readAt(sentence, i, found, people, spans);
                if (end == i && definedAcronymAt(tokens, i)) {
                    // "Accord de partenariat transpacifique global et progressiste (CPTPP)": not an organisation.
                    otherAcronyms.add(tokens.get(i + 1).text());
                    i += 3;
                } else {
                    i = Math.max(end, i + 1);
                }
            }
            coordinated(sentence, spans, found, people);
        }
        return found.stream().filter(o -> !otherAcronyms.containsAll(o.fact().names())).toList();
    }

    private boolean definedAcronymAt(List<Token> tokens, int i) {
        return i > 0 && i + 2 < tokens.size() && tokens.get(i).text().equals("(")
                && tokens.get(i + 2).text().equals(")")
                && isAcronym(tokens, i + 1) && (agreementBefore(tokens, i) || otherBodyBefore(tokens, i));
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
        while (first > 0 && index - first < LONGEST_NAME && (inName(tokens.get(first - 1))
                || separator(tokens.get(first - 1)) && first < index && (tokens.get(first).isCapitalized()
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
     * {@code dkg:excludedPhrase} and maybe a state adjective ("ministre ukrainien des AE", "vice-ministre des AE").
     * A longer name in between ("ministres des Affaires étrangères de l'ASEAN") names another body.
     */
    private boolean abbreviatesField(List<Token> tokens, int i) {
        int k = i - 1;
        if (k < 1 || !lexicon.isNameLinker(tokens.get(k).folded())) {
            return false;
        }
        k--;
        while (k > 0 && !tokens.get(k).isCapitalized() && lexicon.stateAdjectives().matchAt(tokens, k) != null) {
            k--;
        }
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
    private boolean agreementBefore(List<Token> tokens, int index) {
        return lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases().findAll(tokens).stream()
                .anyMatch(m -> m.end() <= index && index - m.end() <= AGREEMENT_WINDOW);
    }

    /** Reads an organisation at token {@code i}; returns the token after it, or {@code i} when there is none. */
    private int readAt(Sentence sentence, int i, List<Stated<Organization>> found, List<List<String>> people,
            List<int[]> spans) {
        List<Token> tokens = sentence.tokens();
        PhraseMatch<Boolean> cue = cues.matchAt(tokens, i);
        int start = -1;
        int end = i;
        if (cue != null && tokens.get(i).isCapitalized() && !isStateAt(tokens, i)) {
            if (abbreviatesField(tokens, i)) {
                // "la ministre malaisienne des Industries primaires": a ministry's field, whatever its words.
                return i;
            }
            start = i;
            end = placeBeforeAcronym(tokens, extent(tokens, cue.end(), people));
            boolean acronym = acronymAt(tokens, end);
            if (!acronym && (end == cue.end() && cue.end() - cue.start() == 1
                    || onlyStatesAfterCue(tokens, cue.end(), end))) {
                return i;
            }
        } else if (cue != null && !tokens.get(i).isCapitalized()) {
            int listEnd = listAfterPluralCue(sentence, i, cue.end(), found, people, spans);
            if (listEnd > i) {
                return listEnd;
            }
            start = nameAfterLowerCaseCue(tokens, cue.end());
            if (start < 0) {
                return i;
            }
            end = extent(tokens, start + 1, people);
        } else if (isAcronym(tokens, i) && !(i > 0 && !lexicon.isNameLinker(tokens.get(i - 1).folded())
                && otherBodyBefore(tokens, i) && !joinedToAnotherName(tokens, i)) && !abbreviatesField(tokens, i)) {
            start = i;
            end = i + 1;
            // "DP World": capitalised words after an acronym continue the name.
            while (end < tokens.size() && plainName(tokens, end, people)) {
                end++;
            }
        } else if (cue == null && tokens.get(i).isCapitalized() && tokens.get(i).isWord()
                && FUNCTION_TAGS.stream().noneMatch(tokens.get(i).tag()::startsWith)) {
            end = capitalisedRun(tokens, i, people);
            PhraseMatch<Boolean> after = end < tokens.size() ? cues.matchAt(tokens, end) : null;
            if (end > i && after != null && tokens.get(end).isCapitalized() && !isStateAt(tokens, end)
                    && after.end() - after.start() == 1) {
                // "Hengyi Industries", "Vietnam Airlines": a company word closing capitalised words.
                start = i;
                end = extent(tokens, after.end(), people);
            } else if (end > i && appositiveCueAt(tokens, end)) {
                // "Movitel, filiale du groupe Viettel": a company cue in apposition after a name.
                start = i;
            } else {
                return i;
            }
        }
        if (start < 0) {
            return i;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(text(sentence, start, end));
        int spelledOut = end - start == 1 ? spelledOutAt(tokens, end) : end;
        if (spelledOut > end) {
            names.add(text(sentence, end + 1, spelledOut - 1));
            end = spelledOut;
        } else if (end - start > 1 && end + 2 < tokens.size() && tokens.get(end).text().equals("(")
                && tokens.get(end + 2).text().equals(")") && tokens.get(end + 1).isCapitalized()
                && !agreementBefore(tokens, start)) {
            names.add(tokens.get(end + 1).text());
            end += 3;
        }
        spans.add(new int[] {start, end});
        organizations.add(found, Evidence.words(new Organization(new ArrayList<>(names)), sentence, start, end));
        return end;
    }

    /**
     * "le constructeur automobile VinFast", "le groupe de télécommunications Viettel": the name after a lower-case
     * cue, past at most three lower-case words or linkers; a state name may open it only when more capitalised
     * words follow.
     */
    private int nameAfterLowerCaseCue(List<Token> tokens, int from) {
        for (int j = from; j < Math.min(tokens.size(), from + LOWER_CASE_WINDOW); j++) {
            Token token = tokens.get(j);
            if (token.isCapitalized()) {
                boolean state = isStateAt(tokens, j);
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
     * "Parti du Vietnam", "Parti vietnamien": a cue and a state only is a role's context, not a name; "Comité du
     * Parti de Hanoï": a cue and a city only is a local party committee.
     */
    private boolean onlyStatesAfterCue(List<Token> tokens, int from, int end) {
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
     * "Samsung, LG et SK", "Vietnam Airlines et Vietjet": names coordinated with an organisation found in the same
     * sentence are organisations too.
     */
    private void coordinated(Sentence sentence, List<int[]> spans, List<Stated<Organization>> found,
            List<List<String>> people) {
        List<Token> tokens = sentence.tokens();
        List<int[]> known = new ArrayList<>(spans);
        for (int[] span : known) {
            int first = span[0];
            while (first >= 2 && separator(tokens.get(first - 1)) && nameWord(tokens, first - 2, people)) {
                int k = first - 2;
                while (k > 0 && plainName(tokens, k - 1, people)) {
                    k--;
                }
                addName(sentence, k, first - 1, spans, found);
                first = k;
            }
            int end = span[1];
            while (end + 1 < tokens.size() && separator(tokens.get(end)) && nameWord(tokens, end + 1, people)) {
                int k = end + 1;
                if (isAcronym(tokens, k)) {
                    k++;
                }
                while (k < tokens.size() && plainName(tokens, k, people)) {
                    k++;
                }
                addName(sentence, end + 1, k, spans, found);
                boolean last = tokens.get(end).tag().equals("CCONJ");
                end = k;
                if (last) {
                    break;
                }
            }
        }
    }

    private boolean nameWord(List<Token> tokens, int j, List<List<String>> people) {
        return plainName(tokens, j, people) || isAcronym(tokens, j);
    }

    private static boolean separator(Token token) {
        return token.text().equals(",") || token.tag().equals("CCONJ");
    }

    private void addName(Sentence sentence, int start, int end, List<int[]> spans, List<Stated<Organization>> found) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return;
            }
        }
        spans.add(new int[] {start, end});
        organizations.add(found, Evidence.words(new Organization(List.of(text(sentence, start, end))), sentence, start,
                end));
    }

    /**
     * "l'OTAN (Organisation du Traité de l'Atlantique Nord)": the end of a full name in parentheses after an acronym,
     * past the closing parenthesis, or {@code j} when none opens at {@code j}. The name begins with a capitalised word
     * that is no state or city and has at least two words.
     */
    private int spelledOutAt(List<Token> tokens, int j) {
        if (j + 3 >= tokens.size() || !tokens.get(j).text().equals("(") || !tokens.get(j + 1).isCapitalized()
                || isStateAt(tokens, j + 1) || lexicon.cities().matchAt(tokens, j + 1) != null) {
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
    private static boolean acronymAt(List<Token> tokens, int j) {
        return j + 2 < tokens.size() && tokens.get(j).text().equals("(") && tokens.get(j + 2).text().equals(")")
                && tokens.get(j + 1).isCapitalized();
    }

    /**
     * "Chambre de commerce européenne au Vietnam (EuroCham)": a preposition and a state between a name and its
     * acronym belong to the name.
     */
    private int placeBeforeAcronym(List<Token> tokens, int end) {
        if (end + 1 < tokens.size() && tokens.get(end).tag().startsWith("ADP")
                && !lexicon.isNameLinker(tokens.get(end).folded())) {
            PhraseMatch<?> state = lexicon.stateNames().matchAt(tokens, end + 1);
            if (state != null && acronymAt(tokens, state.end())) {
                return state.end();
            }
        }
        return end;
    }

    /** Whether token {@code j} is a capitalised word of a name: no state, city, person, cue or acronym. */
    private boolean plainName(List<Token> tokens, int j, List<List<String>> people) {
        Token token = tokens.get(j);
        return token.isCapitalized() && token.isWord() && !isStateAt(tokens, j)
                && lexicon.stateAdjectives().matchAt(tokens, j) == null && lexicon.cities().matchAt(tokens, j) == null
                && !personAt(tokens, j, people) && !isAcronym(tokens, j) && cues.matchAt(tokens, j) == null;
    }

    /** The end of the capitalised words from token {@code i} (states included: "Vietnam Airlines"). */
    private int capitalisedRun(List<Token> tokens, int i, List<List<String>> people) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isCapitalized() && tokens.get(end).isWord()
                && !personAt(tokens, end, people) && end - i < LONGEST_NAME
                && (end == i || cues.matchAt(tokens, end) == null)) {
            end++;
        }
        return end;
    }

    /** ", coentreprise ...", ", une filiale de ...": whether a comma and a company cue open at {@code j}. */
    private boolean appositiveCueAt(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).text().equals(",")) {
            return false;
        }
        int k = j + 1;
        if (tokens.get(k).tag().equals("DET") && k + 1 < tokens.size()) {
            k++;
        }
        return !tokens.get(k).isCapitalized() && cues.matchAt(tokens, k) != null;
    }

    /**
     * "les entreprises tchèques, dont Škoda et Tatra": capitalised names listed after a plural company cue, its
     * complement, a comma and one word that introduces the list. Returns the end of the list, or {@code i}.
     */
    private int listAfterPluralCue(Sentence sentence, int i, int cueEnd, List<Stated<Organization>> found,
            List<List<String>> people, List<int[]> spans) {
        List<Token> tokens = sentence.tokens();
        String folded = tokens.get(cueEnd - 1).folded();
        if (!folded.endsWith("s") && !folded.endsWith("x")) {
            return i;
        }
        int j = cueEnd;
        while (j < tokens.size() && j - cueEnd < LIST_WINDOW && !tokens.get(j).text().equals(",")) {
            String tag = tokens.get(j).tag();
            if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT")) {
                return i;
            }
            j++;
        }
        if (j + 2 >= tokens.size() || !tokens.get(j).text().equals(",")) {
            return i;
        }
        Token introducer = tokens.get(j + 1);
        if (introducer.isCapitalized() || !(introducer.tag().equals("PRON") || introducer.tag().equals("ADV"))) {
            return i;
        }
        List<int[]> names = coordinatedNames(tokens, j + 2, people);
        if (names.isEmpty()) {
            return i;
        }
        for (int[] name : names) {
            spans.add(name);
            organizations.add(found, Evidence.words(new Organization(List.of(text(sentence, name[0], name[1]))),
                    sentence, name[0], name[1]));
        }
        return names.get(names.size() - 1)[1];
    }

    /**
     * "Boeing, Microsoft et Amazon": the names from token {@code from} joined by commas and a conjunction, each made
     * of capitalised words or an acronym followed by them; empty when anything else breaks the list.
     */
    private List<int[]> coordinatedNames(List<Token> tokens, int from, List<List<String>> people) {
        List<int[]> names = new ArrayList<>();
        int j = from;
        while (j < tokens.size()) {
            int end = j;
            while (end < tokens.size() && (plainName(tokens, end, people) || end == j && isAcronym(tokens, end))
                    && end - j < LONGEST_NAME) {
                end++;
            }
            if (end == j) {
                return names.isEmpty() ? names : List.of();
            }
            names.add(new int[] {j, end});
            if (end < tokens.size() && tokens.get(end).text().equals(",") && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalized()) {
                j = end + 1;
            } else if (end < tokens.size() && tokens.get(end).tag().equals("CCONJ") && end + 1 < tokens.size()
                    && tokens.get(end + 1).isCapitalized()) {
                j = end + 1;
                int last = j;
                while (last < tokens.size() && (plainName(tokens, last, people)
                        || last == j && isAcronym(tokens, last)) && last - j < LONGEST_NAME) {
                    last++;
                }
                if (last == j) {
                    return List.of();
                }
                names.add(new int[] {j, last});
                return names;
            } else {
                return names;
            }
        }
        return names;
    }

    private int extent(List<Token> tokens, int from, List<List<String>> people) {
        int end = from;
        int j = from;
        while (j < tokens.size() && j - from < LONGEST_NAME) {
            Token token = tokens.get(j);
            Token previous = tokens.get(j - 1);
            boolean afterLinker = lexicon.isNameLinker(previous.folded()) && !previous.tag().equals("CCONJ");
            boolean afterConjunction = afterLinker && j >= 2 && tokens.get(j - 2).tag().equals("CCONJ");
            boolean newName = j > from && lexicon.isNameLinker(previous.folded()) && token.isCapitalized()
                    && cues.matchAt(tokens, j) != null;
            // "Parti vietnamien Hồ Quốc Tuấn": a capitalised word after a lower-case one starts a person's name,
            // unless it is a state ("Association d'amitié Vietnam - Russie").
            boolean personName = !afterLinker && token.isCapitalized() && j > from
                    && !tokens.get(j - 1).isCapitalized() && !isStateAt(tokens, j);
            if (newName || personName || personAt(tokens, j, people) || otherCueAfterConjunction(tokens, j)
                    || coordinatedComplementAt(tokens, j)) {
                break;
            }
            PhraseMatch<StateEntry> state = afterLinker ? lexicon.stateNames().matchAt(tokens, j) : null;
            if (state != null && state.end() < tokens.size() && tokens.get(state.end()).isCapitalized()
                    && tokens.get(state.end()).isWord() && !isStateAt(tokens, state.end())) {
                // "Parti communiste de Cuba Raul Castro": a name ends with the state it is "of"; a capitalised
                // word after it begins a person's name, the holder of the office written before.
                return state.end();
            }
            boolean adjective = !token.isCapitalized() && token.tag().equals("ADJ") && !afterConjunction;
            // "Chambre de commerce et d'industrie", but not "Viettel et des partenaires": after a capitalised word
            // and a conjunction, lower-case nouns begin another phrase.
            boolean noun = afterLinker && !token.isCapitalized() && token.tag().equals("NOUN")
                    && !(afterConjunction && j >= 3 && tokens.get(j - 3).isCapitalized());
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

    /** "Viettel et la compagnie aérienne Vietnam Airlines": a conjunction before another lower-case cue ends a name. */
    private boolean otherCueAfterConjunction(List<Token> tokens, int j) {
        if (!tokens.get(j).tag().equals("CCONJ")) {
            return false;
        }
        int k = j + 1;
        while (k < tokens.size() && lexicon.isNameLinker(tokens.get(k).folded())
                && !tokens.get(k).tag().equals("CCONJ")) {
            k++;
        }
        return k < tokens.size() && !tokens.get(k).isCapitalized() && cues.matchAt(tokens, k) != null;
    }

    private boolean isAcronym(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (text.length() < 2 || !text.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                || !Character.isLetter(text.codePointAt(0)) || text.matches("[IVXLC]+")
                || lexicon.isHonorific(tokens.get(i).folded())) {
            return false;
        }
        for (Scheme scheme : Scheme.values()) {
            if (lexicon.vocabulary(scheme).phrases().matchAt(tokens, i) != null) {
                return false;
            }
        }
        return !isStateAt(tokens, i);
    }

    private boolean isStateAt(List<Token> tokens, int i) {
        return lexicon.stateNames().matchAt(tokens, i) != null;
    }

    private static String text(Sentence sentence, int start, int end) {
        int from = sentence.tokens().get(start).start() - sentence.start();
        int to = sentence.tokens().get(end - 1).end() - sentence.start();
        return sentence.text().substring(from, to);
    }
}
