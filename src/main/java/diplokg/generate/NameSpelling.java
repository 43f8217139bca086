package diplokg.generate;

import java.text.Normalizer;

/**
 * How an article spells Vietnamese names. Vietnamese news in French writes them with all their diacritics
 * (Nguyễn Văn An), without any (Nguyen Van An), or as the French agency does, keeping only the circumflex that a
 * French keyboard has (Nguyên Van An); the same person must be recognised in all three.
 */
enum NameSpelling {
    DIACRITICS, PLAIN, FRENCH_KEYBOARD;

    private static final char CIRCUMFLEX = '\u0302';

    /** {@code name} spelled this way. */
    String spell(String name) {
        if (this == DIACRITICS) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (char c : Normalizer.normalize(name, Normalizer.Form.NFD).toCharArray()) {
            if (c == '\u0111' || c == '\u0110') {
                out.append(c == '\u0111' ? 'd' : 'D');
            } else if (Character.getType(c) != Character.NON_SPACING_MARK
                    || (this == FRENCH_KEYBOARD && c == CIRCUMFLEX)) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
