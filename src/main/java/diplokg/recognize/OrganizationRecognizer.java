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

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> otherBodies;

    public OrganizationRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues(CueKind.ORGANIZATION);
        this.otherBodies = lexicon.excludedPhrases(CueKind.ORGANIZATION);
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
            int i = 0;
            while (i < tokens.size()) {
                int end = readAt(sentence, i, found, people);
                if (end == i && definedAcronymAt(tokens, i)) {
                    // "Accord de partenariat transpacifique global et progressiste (CPTPP)": not an organisation.
                    otherAcronyms.add(tokens.get(i + 1).text());
                    i += 3;
                } else {
                    i = Math.max(end, i + 1);
                }
            }
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
        while (first > 0 && index - first < LONGEST_NAME && inName(tokens.get(first - 1))) {
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
    private int readAt(Sentence sentence, int i, List<Stated<Organization>> found, List<List<String>> people) {
        List<Token> tokens = sentence.tokens();
        PhraseMatch<Boolean> cue = cues.matchAt(tokens, i);
        int start = -1;
        int end = i;
        if (cue != null && tokens.get(i).isCapitalized() && !isStateAt(tokens, i)) {
            start = i;
            end = extent(tokens, cue.end(), people);
            if (end == cue.end() && cue.end() - cue.start() == 1 || onlyStatesAfterCue(tokens, cue.end(), end)) {
                return i;
            }
        } else if (cue != null && !tokens.get(i).isCapitalized()) {
            start = nameAfterLowerCaseCue(tokens, cue.end());
            if (start < 0) {
                return i;
            }
            end = extent(tokens, start + 1, people);
        } else if (isAcronym(tokens, i) && !(i > 0 && !lexicon.isNameLinker(tokens.get(i - 1).folded())
                && otherBodyBefore(tokens, i))) {
            start = i;
            end = i + 1;
        }
        if (start < 0) {
            return i;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(text(sentence, start, end));
        if (end - start > 1 && end + 2 < tokens.size() && tokens.get(end).text().equals("(")
                && tokens.get(end + 2).text().equals(")") && tokens.get(end + 1).isCapitalized()
                && !agreementBefore(tokens, start)) {
            names.add(tokens.get(end + 1).text());
            end += 3;
        }
        add(found, Evidence.words(new Organization(new ArrayList<>(names)), sentence, start, end));
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
            if (newName || personName || personAt(tokens, j, people) || otherCueAfterConjunction(tokens, j)) {
                break;
            }
            boolean adjective = !token.isCapitalized() && token.tag().equals("ADJ") && !afterConjunction;
            boolean noun = afterLinker && !token.isCapitalized() && token.tag().equals("NOUN");
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
                || !Character.isLetter(text.codePointAt(0)) || text.matches("[IVXLC]+")) {
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

    /** Adds an organisation, or its new names to an organisation already found under one of them. */
    private void add(List<Stated<Organization>> found, Stated<Organization> organization) {
        List<String> names = organization.fact().names();
        for (int k = 0; k < found.size(); k++) {
            Stated<Organization> stated = found.get(k);
            Organization known = stated.fact();
            if (known.names().stream().anyMatch(n -> names.stream().anyMatch(m -> sameName(n, m)))) {
                Set<String> merged = new LinkedHashSet<>(known.names());
                merged.addAll(names);
                Organization fuller = new Organization(new ArrayList<>(merged).stream()
                        .filter(n -> merged.stream().noneMatch(m -> !m.equals(n)
                                && TextFolder.key(m).equals(TextFolder.key(n)) && m.length() > n.length())).toList());
                found.set(k, new Stated<>(fuller, stated.sentence(), stated.start(), stated.end()));
                return;
            }
        }
        found.add(organization);
    }

    /** Equal names, or an acronym and the name whose initials it spells ("UE", "Union européenne"). */
    private boolean sameName(String a, String b) {
        return TextFolder.key(a).equals(TextFolder.key(b)) || spellsInitials(a, b) || spellsInitials(b, a);
    }

    private boolean spellsInitials(String acronym, String name) {
        if (!acronym.codePoints().allMatch(Character::isUpperCase) || acronym.length() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : TextFolder.key(name).split(" ")) {
            if (!word.isEmpty() && !lexicon.isNameLinker(word) && word.length() > 1) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equals(TextFolder.fold(acronym));
    }
}
