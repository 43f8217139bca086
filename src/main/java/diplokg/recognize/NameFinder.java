package diplokg.recognize;

import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.List;
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
    private static final int LONGEST_NAME = 6;
    private static final Pattern REGNAL_NUMBER = Pattern.compile("X{0,3}(IX|IV|VI{0,3}|I{1,3})|X{1,3}");

    private final Lexicon lexicon;

    NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
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
        while (end < sentence.tokens().size() && end - index < LONGEST_NAME) {
            if (isNameToken(sentence, end) || isParticle(sentence.tokens().get(end))
                    || isRegnalNumber(sentence.tokens().get(end))) {
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
        if (isNameToken(sentence, index)) {
            return nameAt(sentence, index);
        }
        boolean article = index > 0 && isCapitalisedParticle(sentence, index);
        return article ? new NameSpan(sentence, index, nameAt(sentence, index + 1).end()) : null;
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

    /** The name ending just before token {@code end}, or null. */
    NameSpan nameEndingAt(Sentence sentence, int end) {
        int first = end;
        while (first > 0 && end - first < LONGEST_NAME && isNameToken(sentence, first - 1)) {
            first--;
        }
        return first < end ? new NameSpan(sentence, first, end) : null;
    }

    boolean isNameToken(Sentence sentence, int index) {
        Token token = sentence.tokens().get(index);
        if (!token.isCapitalized() || !Character.isLetter(token.text().codePointAt(0))) {
            return false;
        }
        if (isInitials(token.text())) {
            return true;
        }
        boolean proper = token.tag().equals("PROPN");
        if (index == 0 && !proper || FUNCTION_TAGS.contains(token.tag()) && !proper) {
            return false;
        }
        var tokens = sentence.tokens();
        return lexicon.stateNames().matchAt(tokens, index) == null && !joinsStates(token.text())
                && lexicon.stateAdjectives().matchAt(tokens, index) == null
                && !inCity(tokens, index)
                && lexicon.vocabulary(Scheme.ROLES).phrases().matchAt(tokens, index) == null
                && !isAcronym(token.text());
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

    /** "Vietnam-Laos": a word that joins a state's name to another names a bilateral body or relation, no person. */
    private boolean joinsStates(String text) {
        int dash = text.indexOf('-');
        return dash > 0 && lexicon.stateNames().lookup(text.substring(0, dash)) != null;
    }

    private static boolean isInitials(String text) {
        return text.matches("(\\p{Lu}\\.)+");
    }

    private static boolean isAcronym(String text) {
        return text.length() > 1 && text.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }
}
