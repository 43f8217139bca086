package diplokg.recognize;

import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Acronyms;
import diplokg.nlp.FrenchTokenizer;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the run of tokens that forms a person's name at a position: capitalised words and initials ("V.N.",
 * "S."), tagged as proper nouns or at least not as function words, and not the name or adjective of a state nor a
 * word of the role vocabulary. Names of any origin qualify, with or without diacritics ("Trần Hồng Hà", "Tran Hong
 * Ha", "Gennady S. Bezdetko"). Thread-safe.
 */
final class NameFinder {

    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "PRON", "ADP", "ADP+DET", "CCONJ", "SCONJ",
            "AUX", "PUNCT", "NUM", "SYM");
    /**
     * A name runs on while its words are name words, up to this many: a ruler's full style has a dozen ("Sultan Haji
     * Hassanal Bolkiah Mu'izzaddin Waddaulah ibni ..."); the cap only stops a run of capitalised words that is no
     * name from swallowing a sentence.
     */
    private static final int LONGEST_NAME = 12;
    private static final Pattern REGNAL_NUMBER = Pattern.compile("X{0,3}(IX|IV|VI{0,3}|I{1,3})|X{1,3}");

    private final Lexicon lexicon;
    /** "Son Altesse royale le prince" ({@code dkg:addressForm} of {@code dkg:Role}): styles, no part of a name. */
    private final PhraseTable<Boolean> addressForms;
    /** The organisations' cues ("Parti", "Union"): the head of a body's name, no word of a person's. */
    private final PhraseTable<Boolean> organizationCues;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.addressForms = lexicon.addressForms(CueKind.ROLE);
        this.organizationCues = lexicon.cues(CueKind.ORGANIZATION);
    }

    /**
     * The name starting at token {@code index}, or null when none starts there. Short lower-case particles between
     * name words belong to the name ("Lula da Silva", "Juan Ramón de la Fuente", "Abdel Fattah al-Sissi").
     */
    NameSpan nameAt(Sentence sentence, int index) {
        if (!isNameToken(sentence, index)) {
            return null;
        }
        int end = index + 1;
        int words = 1;
        while (end < sentence.tokens().size() && words < LONGEST_NAME) {
            if (isNameToken(sentence, end) || isParticle(sentence.tokens().get(end))
                    || isRegnalNumber(sentence.tokens().get(end))) {
                end++;
                words++;
            } else if (afterInnerElision(sentence.tokens(), end)) {
                end++;
            } else if (isInnerApostrophe(sentence, end)) {
                end += 2;
            } else if (isCapitalisedParticle(sentence, end)) {
                end++;
            } else if (isParticle(sentence, end) || isParticle(sentence, end, 2)) {
                end += isParticle(sentence, end) ? 1 : 2;
            } else {
                break;
            }
        }
        return new NameSpan(sentence, index, end);
    }

    /**
     * The name of an office's holder at token {@code index}, or null: a name, or one whose first word is written like
     * a capitalised article ("l'ambassadeur Le Van Tam", the Vietnamese family name Lê without its accent). Only after
     * an office: elsewhere such a word opens a sentence or a title.
     */
    NameSpan holderNameAt(Sentence sentence, int index) {
        if (index >= sentence.tokens().size()) {
            return null;
        }
        PhraseMatch<Boolean> address = addressForms.matchAt(sentence.tokens(), index);
        if (address != null && address.end() < sentence.tokens().size() && isNameToken(sentence, address.end())) {
            // "le Premier ministre de Bahreïn, Son Altesse royale le prince Salman X": the name follows the style.
            return nameAt(sentence, address.end());
        }
        if (isNameToken(sentence, index)) {
            return nameAt(sentence, index);
        }
        if (isTitle(sentence, index)) {
            return new NameSpan(sentence, index, nameAt(sentence, index + 1).end());
        }
        boolean article = index > 0 && isCapitalisedParticle(sentence, index);
        return article ? new NameSpan(sentence, index, nameAt(sentence, index + 1).end()) : null;
    }

    /**
     * A one-word office written capitalised inside a sentence and followed by a name, where a holder's name is
     * expected: a title the person is called by, kept in the name as written ("le roi de Malaisie, Sultan Ibrahim").
     */
    private boolean isTitle(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(index);
        PhraseMatch<diplokg.lexicon.Concept> office = lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, index);
        return index > 0 && token.isCapitalized() && token.isWord() && office != null && office.end() == index + 1
                && index + 1 < tokens.size() && isNameToken(sentence, index + 1);
    }

    /**
     * A word glued to a capitalised short word that ends in an apostrophe, which the tokenizer cuts as an elision:
     * "Mu'izzaddin" is one word of a name ("Hassanal Bolkiah Mu'izzaddin Waddaulah"), where an elided article is
     * never capitalised inside a sentence.
     */
    private static boolean afterInnerElision(List<Token> tokens, int index) {
        Token before = tokens.get(index - 1);
        Token token = tokens.get(index);
        return index > 1 && before.isCapitalized()
                && FrenchTokenizer.isApostrophe(before.text().charAt(before.text().length() - 1))
                && token.start() == before.end() && token.isWord();
    }

    /**
     * A short capitalised function word followed by a name word: inside a name it belongs to it ("Ignazio La Russa",
     * "Ursula Von Berg"), as lower-case particles do.
     */
    private boolean isCapitalisedParticle(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(index);
        return token.isCapitalized() && token.text().length() <= 3 && token.text().chars().allMatch(Character::isLetter)
                && FUNCTION_TAGS.contains(token.tag()) && index + 1 < tokens.size() && isNameToken(sentence, index + 1);
    }

    /**
     * An apostrophe glued to the name word before it and followed by another name word: the honorific "Dato' Seri
     * Anwar Ibrahim" is one name, where an elision ("d'Anwar") never follows a capitalised word.
     */
    private boolean isInnerApostrophe(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(index);
        return token.folded().equals("'") && index > 0 && tokens.get(index - 1).end() == token.start()
                && tokens.get(index - 1).isCapitalized() && index + 1 < tokens.size()
                && isNameToken(sentence, index + 1);
    }

    /**
     * A monarch's or pope's number after a name word, part of the name ("Felipe VI", "Carl XVI Gustaf"): otherwise
     * it reads as an acronym and ends the name. Numbers up to XXXIX, which covers every reigning dynasty.
     */
    private static boolean isRegnalNumber(Token token) {
        return REGNAL_NUMBER.matcher(token.text()).matches();
    }

    /** "al-Sissi", "bin-Salman": a lower-case particle joined to a capitalised name. */
    private static boolean isParticle(Token token) {
        return token.text().matches("\\p{Ll}{1,3}-\\p{Lu}.*");
    }

    /**
     * {@code count} lower-case particles ({@code dkg:nameParticle}) at {@code index} followed by a name word: "da
     * Silva", "de la Fuente"; not "au Palais".
     */
    private boolean isParticle(Sentence sentence, int index, int count) {
        var tokens = sentence.tokens();
        if (index + count >= tokens.size()) {
            return false;
        }
        for (int k = index; k < index + count; k++) {
            String text = tokens.get(k).text();
            if (!text.chars().allMatch(Character::isLowerCase) || !lexicon.isNameParticle(tokens.get(k).folded())) {
                return false;
            }
        }
        return isNameToken(sentence, index + count)
                && lexicon.stateNames().matchAt(tokens, index + count) == null;
    }

    private boolean isParticle(Sentence sentence, int index) {
        return isParticle(sentence, index, 1);
    }

    /**
     * The name ending just before token {@code end}, or null. Particles between its words belong to it, as in
     * {@link #nameAt}: "Anwar bin Ibrahim, Premier ministre" and "Lula da Silva, président" are whole names, not
     * "Ibrahim" and "Silva"; the word before a particle must be a proper noun.
     */
    NameSpan nameEndingAt(Sentence sentence, int end) {
        int first = end;
        int words = 0;
        while (first > 0 && words < LONGEST_NAME) {
            if (isNameToken(sentence, first - 1)) {
                first--;
                words++;
            } else if (first < end && particlesBefore(sentence, first) > 0) {
                first -= particlesBefore(sentence, first);
            } else {
                break;
            }
        }
        for (int start = Math.max(0, first - 1); start <= first && first < end; start++) {
            // "Son Altesse Cheikh X, émir du Koweït": the style before the name is none of it.
            PhraseMatch<Boolean> address = addressForms.matchAt(sentence.tokens(), start);
            if (address != null && address.end() > first && address.end() < end) {
                first = address.end();
            }
        }
        return first < end ? new NameSpan(sentence, first, end) : null;
    }

    /** How many particles (one or two) stand before name word {@code first} after a proper noun, or 0. */
    private int particlesBefore(Sentence sentence, int first) {
        for (int count = 1; count <= 2; count++) {
            int start = first - count;
            if (start >= 1 && isParticle(sentence, start, count) && isNameToken(sentence, start - 1)
                    && sentence.tokens().get(start - 1).tag().equals("PROPN")) {
                return count;
            }
        }
        return 0;
    }

    boolean isNameToken(Sentence sentence, int index) {
        Token token = sentence.tokens().get(index);
        if (!token.isCapitalized() || !Character.isLetter(token.text().codePointAt(0))) {
            return false;
        }
        if (isInitials(token.text()) || isAccentedLinker(sentence, index)) {
            return true;
        }
        boolean proper = token.tag().equals("PROPN");
        if (index == 0 && !proper || FUNCTION_TAGS.contains(token.tag()) && !proper) {
            return false;
        }
        var tokens = sentence.tokens();
        return lexicon.stateNames().matchAt(tokens, index) == null && !joinsStates(lexicon, token.text())
                && lexicon.stateAdjectives().matchAt(tokens, index) == null
                && !inCity(tokens, index)
                && lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, index) == null
                // "Mémorandum entre ...": a document's word opening a line is no person's name.
                && lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases().matchAt(tokens, index) == null
                && organizationCues.matchAt(tokens, index) == null
                && !Acronyms.capitalsOrHyphens(token.text());
    }

    /**
     * "Lê Hoai Trung a transmis ...", "ont rencontré Lê Minh Hung": a capitalised word that folds to a linker of names
     * ({@code dkg:nameLinker}: "le", "la", "de") but carries an accent French never puts on that word is a Vietnamese
     * family name the tagger read as an article, when a name word follows it.
     */
    private boolean isAccentedLinker(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(index);
        String lower = token.text().toLowerCase(Locale.ROOT);
        return !lower.equals(token.folded()) && lexicon.isNameLinker(token.folded()) && index + 1 < tokens.size()
                && tokens.get(index + 1).isCapitalized() && isNameToken(sentence, index + 1);
    }

    /**
     * Whether the name of a capital or another known city covers token {@code index}: "à Phnom Penh Pedro Diaz" and
     * "à Hô Chi Minh-Ville Jacinda Jones" name Pedro Diaz and Jacinda Jones.
     */
    private boolean inCity(List<Token> tokens, int index) {
        PhraseTable<StateEntry> cities = lexicon.cities();
        for (int start = Math.max(0, index - cities.longest() + 1); start <= index; start++) {
            PhraseMatch<StateEntry> city = cities.matchAt(tokens, start);
            if (city != null && city.end() > index) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Vietnam-Laos", "ASEAN-États-Unis": a word that joins a state's name or an acronym to another names a bilateral
     * body or relation, no person.
     */
    static boolean joinsStates(Lexicon lexicon, String text) {
        int dash = text.indexOf('-');
        return dash > 0 && (lexicon.stateNames().lookup(text.substring(0, dash)) != null
                || Acronyms.capitalsOrHyphens(text.substring(0, dash)));
    }

    private static boolean isInitials(String text) {
        return text.matches("(\\p{Lu}\\.)+");
    }
}
