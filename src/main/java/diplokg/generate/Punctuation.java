package diplokg.generate;

/**
 * Tidies a rendered sentence: an apposition that ends a frame leaves a comma before the full stop ("reçu X,
 * Premier ministre du Laos,."), and a frame starts with a lower-case slot ("le Premier ministre ...").
 */
final class Punctuation {

    private static final String[][] FIXES = {{" ,", ","}, {",,", ","}, {",.", "."}, {", .", "."}, {"  ", " "},
        {" .", "."}, {", :", " :"}, {",)", ")"}};

    private Punctuation() {
    }

    /** {@code text} with doubled or dangling commas removed and each sentence capitalised. */
    static String finish(String text) {
        String tidy = text;
        boolean changed = text.contains(",") || text.contains("  ") || text.contains(" .");
        while (changed) {
            changed = false;
            for (String[] fix : FIXES) {
                String next = tidy.replace(fix[0], fix[1]);
                changed |= !next.equals(tidy);
                tidy = next;
            }
        }
        tidy = tidy.strip();
        while (tidy.endsWith(",")) {
            tidy = tidy.substring(0, tidy.length() - 1).strip();
        }
        return capitalise(tidy);
    }

    private static String capitalise(String text) {
        char[] chars = text.toCharArray();
        boolean start = true;
        for (int i = 0; i < chars.length; i++) {
            if (start && Character.isLetter(chars[i])) {
                chars[i] = Character.toUpperCase(chars[i]);
                start = false;
            } else if (chars[i] == '.' && i + 1 < chars.length && chars[i + 1] == ' ') {
                start = true;
            } else if (!Character.isWhitespace(chars[i])) {
                start = false;
            }
        }
        return new String(chars);
    }
}
