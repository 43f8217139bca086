package diplokg.recognize;

import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a role phrase's holder, written after the role ("le président Luong Cuong", "l'ambassadeur de Russie,
 * Gennady S. Bezdetko,") or before it ("Hun Manet, Premier ministre du Cambodge", "X qui vient d'être nommé
 * Premier ministre", "X ... pour sa nomination à la tête de"). Part of {@link OfficialRecognizer}. Thread-safe.
 */
final class HolderNames {

    private static final Set<String> APPOSITION_TAGS = Set.of("ADV", "VERB", "DET", "ADJ");
    /** The words of a relative clause that gives an office: "qui vient d'être nommé", "qui a été élu". */
    private static final Set<String> RELATIVE_TAGS = Set.of("ADV", "VERB", "AUX");
    private static final int RELATIVE_WINDOW = 6;
    /** What parts the items of a list of people, each with its offices and name ("... Nguyen Van A ; membre ..."). */
    private static final String LIST_MARK = ";";
    /** The endings of a past or present participle used as an adjective: "élu", "nommé", "désignée", "sortant". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}{2,}(?:ée?s?|u|ant|ante)");

    private final Lexicon lexicon;
    private final NameFinder names;
    /** "en tant que", "comme", "au poste de" ({@code dkg:capacityCue} of {@code dkg:Role}). */
    private final PhraseTable<Boolean> capacities;

    HolderNames(Lexicon lexicon, NameFinder names) {
        this.lexicon = lexicon;
        this.names = names;
        this.capacities = lexicon.capacityCues(CueKind.ROLE);
    }

    /**
     * The name after {@code phrase}, the last of offices coordinated from token {@code first} ("Le secrétaire du
     * Comité central et ministre des Affaires étrangères, X a déclaré": the clause opens with the first).
     */
    NameSpan after(RolePhrase phrase, int first) {
        NameSpan name = after(phrase.sentence(), phrase.end(), first);
        int portfolios = portfoliosEnd(phrase.sentence().tokens(), phrase.end());
        return name != null || portfolios == phrase.end() ? name : after(phrase.sentence(), portfolios, first);
    }

    /**
     * The name set off by a comma after the capitalised name that ends {@code phrase}, which is not the holder's: "au
     * 10e roi de la dynastie Chakri, Maha Vajiralongkorn," names the king after his dynasty. Null when none.
     */
    NameSpan afterOwnName(RolePhrase phrase, int first) {
        NameSpan own = names.holderNameAt(phrase.sentence(), phrase.end());
        return own == null ? null : after(phrase.sentence(), own.end(), first);
    }

    /** The name after an office that ends before token {@code end}. */
    private NameSpan after(Sentence sentence, int end, int first) {
        List<Token> tokens = sentence.tokens();
        NameSpan direct = names.holderNameAt(sentence, end + participles(tokens, end));
        if (direct != null) {
            return direct;
        }
        if (end + 1 < tokens.size() && tokens.get(end).text().equals(",")) {
            NameSpan name = names.holderNameAt(sentence, end + 1);
            if (name != null && (closesAppositionAt(tokens, name.end())
                    || opensClause(tokens, first) && beginsPredicate(tokens, name.end()))) {
                return name;
            }
            // "le chef de la diplomatie saoudienne, le Prince Faisal X,": a title after an article opens the name,
            // and stays in it.
            Token article = end + 2 < tokens.size() ? tokens.get(end + 1) : null;
            NameSpan titled = article != null && article.tag().equals("DET") && !article.isCapitalized()
                    ? names.holderNameAt(sentence, end + 2) : null;
            if (titled != null && titled.end() - titled.first() > 1 && closesAppositionAt(tokens, titled.end())) {
                return titled;
            }
        }
        return null;
    }

    /**
     * "le ministre argentin des Affaires étrangères, du Commerce international et du Culte, X", "le ministre du
     * Travail, des Invalides et des Affaires sociales X": the end of the further portfolios written after an office
     * that ends at token {@code i}, each a comma or "et", a preposition and capitalised words with their lower-case
     * adjectives, no state's; {@code i} when none follows.
     */
    private int portfoliosEnd(List<Token> tokens, int i) {
        int k = i;
        while (k < tokens.size()) {
            int j = k;
            if (tokens.get(j).text().equals(",")) {
                j++;
            }
            if (j < tokens.size() && tokens.get(j).tag().equals("CCONJ")) {
                j++;
            }
            int preposition = j;
            while (j < tokens.size() && !tokens.get(j).isCapitalized() && lexicon.isNameLinker(tokens.get(j).folded())
                    && (tokens.get(j).tag().startsWith("ADP") || tokens.get(j).tag().equals("DET"))) {
                j++;
            }
            if (j == preposition || j == k || j >= tokens.size() || !tokens.get(j).isCapitalized()
                    || !tokens.get(j).isWord() || lexicon.placeAt(tokens, j)) {
                return k;
            }
            // "des Affaires sociales Tran Van Hoa": a capitalised word after the adjectives begins the name.
            boolean adjectives = false;
            while (j < tokens.size() && (tokens.get(j).isCapitalized() && tokens.get(j).isWord() && !adjectives
                    || !tokens.get(j).isCapitalized() && tokens.get(j).tag().equals("ADJ"))) {
                adjectives = !tokens.get(j).isCapitalized();
                j++;
            }
            k = j;
        }
        return k;
    }

    /**
     * "Étaient présents : membre du Bureau politique, vice-Premier ministre, président du comité ... Nguyen Van A ;
     * membre du Comité central, ... Tran Van B": in a list of people parted by semicolons, an item gives its holder's
     * offices, parted by commas, and his name last. The name that ends the item of {@code phrase}; null when a verb
     * stands between them, or when no semicolon parts the sentence.
     */
    NameSpan endingListItem(RolePhrase phrase) {
        Sentence sentence = phrase.sentence();
        List<Token> tokens = sentence.tokens();
        int end = phrase.end();
        while (end < tokens.size() && !tokens.get(end).text().equals(LIST_MARK)) {
            if (tokens.get(end).isVerb()) {
                return null;
            }
            end++;
        }
        if (end == tokens.size()) {
            boolean listed = tokens.subList(0, phrase.first()).stream().anyMatch(t -> t.text().equals(LIST_MARK));
            if (!listed) {
                return null;
            }
            end -= tokens.get(end - 1).text().equals(".") ? 1 : 0;
        }
        NameSpan name = end > phrase.end() ? names.nameEndingAt(sentence, end) : null;
        return name != null && name.first() >= phrase.end() ? name : null;
    }

    /**
     * How many words at {@code i} describe the holder between the office and the name: a participle, after an
     * adverb or not ("le président américain élu X", "le Premier ministre nouvellement nommé X", "le président
     * sortant X"). Only the endings of participles count (-é(e)(s), -u, -ant), not those of verbs in the present
     * ("le président salue X", "remercie X"), whose object the name is; 0 when none. The feminine "-ue" is left out
     * for that reason ("salue").
     */
    private static int participles(List<Token> tokens, int i) {
        int k = i;
        boolean modifier = k + 1 < tokens.size() && !tokens.get(k).isCapitalized()
                && (tokens.get(k).tag().equals("ADV") || tokens.get(k).tag().equals("ADJ"));
        k += modifier && PARTICIPLE.matcher(tokens.get(k + 1).text()).matches() ? 1 : 0;
        boolean participle = k < tokens.size() && !tokens.get(k).isCapitalized()
                && PARTICIPLE.matcher(tokens.get(k).text()).matches();
        return participle ? k + 1 - i : 0;
    }

    /**
     * Whether the name of an apposition ends before token {@code i}: at a comma, a semicolon of a list, the
     * sentence's end, an opening bracket ("Le président du Chili, X (à droite), a reçu"), or before the next person
     * of a list.
     */
    static boolean closesAppositionAt(List<Token> tokens, int i) {
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

    NameSpan before(RolePhrase phrase) {
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
        int capacity = capacityStart(tokens, phrase.first());
        if (capacity < phrase.first() && names.nameEndingAt(sentence, capacity) != null) {
            // "la nomination de X comme consul honoraire du Vietnam": the name right before the capacity cue.
            return names.nameEndingAt(sentence, capacity);
        }
        int possessive = possessiveAt(tokens, capacityStart(tokens, phrase.first()));
        return possessive >= 0 ? lastNameBefore(sentence, possessive) : null;
    }

    /**
     * Where a capacity cue that introduces the office at {@code first} begins, an ordinal or an adjective allowed
     * between them ("son investiture en tant que 17e président", "sa nomination au poste de ministre"), so that the
     * possessive is looked for before the cue; {@code first} when there is none.
     */
    private int capacityStart(List<Token> tokens, int first) {
        int end = first > 0 && (tokens.get(first - 1).tag().equals("ADJ") || tokens.get(first - 1).tag().equals("NUM"))
                ? first - 1 : first;
        for (int start = Math.max(0, end - capacities.longest()); start < end; start++) {
            PhraseMatch<Boolean> cue = capacities.matchAt(tokens, start);
            if (cue != null && cue.end() == end) {
                return start;
            }
        }
        return first;
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
     * "le secrétaire général du Parti et président de la République, Nguyen Van A et le Premier ministre B": a
     * conjunction and a determiner after the name begin the next person of a list, so the apposition is closed; so
     * do a conjunction and a preposition ("la visite du président, X et de sa délégation"), another complement.
     */
    private static boolean beginsAnotherHolder(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i).tag().equals("CCONJ") || tokens.get(i + 1).isCapitalized()) {
            return false;
        }
        String next = tokens.get(i + 1).tag();
        return next.equals("DET") || next.equals("ADP") || next.equals("ADP+DET");
    }

    private static boolean closesApposition(Token token) {
        return token.text().equals(",") || token.text().equals(".") || token.text().equals(")")
                || token.text().equals(";") || token.text().equals("(");
    }
}
