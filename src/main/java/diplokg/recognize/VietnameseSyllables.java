package diplokg.recognize;

import diplokg.nlp.TextFolder;
import java.util.regex.Pattern;

/**
 * The shape of a Vietnamese name's words as agencies write them, with or without diacritics: each word is one
 * syllable, an optional initial consonant, a group of vowels, an optional final consonant. A word that cannot be one
 * ("Farrell", "Wentao", "In-kyo", "V.") marks a name from elsewhere, whatever family name the list of common ones
 * misses. The sound system, not a vocabulary: it names no word.
 */
final class VietnameseSyllables {

    /**
     * One syllable, folded: the initials of the Vietnamese alphabet (đ folds to d), at most three vowels ("nguyên",
     * "khuyên", "người"), the finals it allows. Vietnamese writes no f, j, w or z, so the classes leave them out.
     */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

    private VietnameseSyllables() {
    }

    /**
     * Whether the name word {@code word} cannot be one Vietnamese syllable: it has a hyphen inside ("In-kyo"), is an
     * initial ("V."), or its folded letters follow no initial-vowels-final shape ("Peters", "Amir", "Wentao").
     */
    static boolean foreign(String word) {
        return !SYLLABLE.matcher(TextFolder.fold(word)).matches();
    }
}
