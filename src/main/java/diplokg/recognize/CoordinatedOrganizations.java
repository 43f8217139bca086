package diplokg.recognize;

import diplokg.fact.Organization;
import diplokg.fact.Stated;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the organisations listed or coordinated with one already found: "Samsung, LG et SK" beside a known company,
 * "les entreprises tchèques, dont Škoda et Tatra" after a plural company cue. A span is {@code {start, end}} in
 * tokens. Thread-safe (no state but the lexicon).
 */
final class CoordinatedOrganizations {

    private static final int LONGEST_NAME = OrganizationNameBounds.LONGEST_NAME;
    private static final int LIST_WINDOW = 6;

    private final OrganizationNameBounds bounds;
    private final OrganizationAcronyms acronyms;
    private final OrganizationNames organizations;

    CoordinatedOrganizations(OrganizationNameBounds bounds, OrganizationAcronyms acronyms,
            OrganizationNames organizations) {
        this.bounds = bounds;
        this.acronyms = acronyms;
        this.organizations = organizations;
    }

    /**
     * "Samsung, LG et SK", "Vietnam Airlines et Vietjet": names coordinated with an organisation found in the same
     * sentence are organisations too.
     */
    void coordinated(Sentence sentence, List<int[]> spans, List<Stated<Organization>> found,
            List<List<String>> people) {
        List<Token> tokens = sentence.tokens();
        List<int[]> known = new ArrayList<>(spans);
        for (int[] span : known) {
            int first = span[0];
            while (first >= 2 && separator(tokens.get(first - 1)) && nameWord(tokens, first - 2, people)) {
                int k = first - 2;
                while (k > 0 && bounds.plainName(tokens, k - 1, people)) {
                    k--;
                }
                addName(sentence, k, first - 1, spans, found);
                first = k;
            }
            int end = span[1];
            while (end + 1 < tokens.size() && separator(tokens.get(end)) && nameWord(tokens, end + 1, people)) {
                int k = end + 1;
                if (acronyms.isAcronym(tokens, k)) {
                    k++;
                }
                while (k < tokens.size() && bounds.plainName(tokens, k, people)) {
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
        return bounds.plainName(tokens, j, people) || acronyms.isAcronym(tokens, j);
    }

    /** A comma or a coordinating conjunction between two names. */
    static boolean separator(Token token) {
        return token.text().equals(",") || token.tag().equals("CCONJ");
    }

    private void addName(Sentence sentence, int start, int end, List<int[]> spans, List<Stated<Organization>> found) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return;
            }
        }
        spans.add(new int[] {start, end});
        addOne(sentence, start, end, found);
    }

    /** Records the organisation named by tokens {@code [start, end)} alone. */
    private void addOne(Sentence sentence, int start, int end, List<Stated<Organization>> found) {
        organizations.add(found, Evidence.words(new Organization(List.of(OrganizationNames.text(sentence, start, end))),
                sentence, start, end));
    }

    /**
     * "les entreprises tchèques, dont Škoda et Tatra": capitalised names listed after a plural company cue, its
     * complement, a comma and one word that introduces the list. Returns the end of the list, or {@code i}.
     */
    int listAfterPluralCue(Sentence sentence, int i, int cueEnd, List<Stated<Organization>> found,
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
            addOne(sentence, name[0], name[1], found);
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
            while (end < tokens.size() && (bounds.plainName(tokens, end, people)
                    || end == j && acronyms.isAcronym(tokens, end)) && end - j < LONGEST_NAME) {
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
                while (last < tokens.size() && (bounds.plainName(tokens, last, people)
                        || last == j && acronyms.isAcronym(tokens, last)) && last - j < LONGEST_NAME) {
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
}
