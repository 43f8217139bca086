package diplokg.recognize;

import diplokg.fact.Organization;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.Acronyms;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the names of one organisation as an article gives them: equal names after folding, and an acronym with
 * the name whose initials it spells, are one organisation. Thread-safe (no state but the lexicon).
 */
final class OrganizationNames {

    private final Lexicon lexicon;

    OrganizationNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds an organisation, or its new names to an organisation already found under one of them. */
    void add(List<Stated<Organization>> found, Stated<Organization> organization) {
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

    /**
     * {@code found} without the organisations named only by the first words of another's name: "secrétaire général du
     * Parti communiste" where the article also names the "Parti communiste du Vietnam" is that party, written short,
     * not one more. Only names of two words or more shorten another: "l'ASEAN" and "la Communauté de l'ASEAN" stay two.
     */
    static List<Stated<Organization>> withoutShortenedNames(List<Stated<Organization>> found) {
        return found.stream().filter(o -> o.fact().names().stream().anyMatch(n -> !shortens(n, o, found))).toList();
    }

    /** Whether {@code name} of {@code organization} is the first words of a longer name of another of {@code found}. */
    private static boolean shortens(String name, Stated<Organization> organization, List<Stated<Organization>> found) {
        String key = TextFolder.key(name);
        return key.indexOf(' ') > 0 && found.stream().filter(other -> other != organization)
                .flatMap(other -> other.fact().names().stream())
                .anyMatch(longer -> TextFolder.key(longer).startsWith(key + " "));
    }

    /**
     * Whether every name of {@code organization} is the last words of a longer name of another of {@code found}: "la
     * Francophonie" where the article also names the "Organisation internationale de la Francophonie" is that body.
     */
    static boolean endsAnother(Stated<Organization> organization, List<Stated<Organization>> found) {
        return organization.fact().names().stream().allMatch(name -> found.stream().filter(o -> o != organization)
                .flatMap(other -> other.fact().names().stream())
                .anyMatch(longer -> TextFolder.key(longer).endsWith(" " + TextFolder.key(name))));
    }

    /** Equal names, or an acronym and the name whose initials it spells ("UE", "Union européenne"). */
    private boolean sameName(String a, String b) {
        return TextFolder.key(a).equals(TextFolder.key(b)) || spellsInitials(a, b) || spellsInitials(b, a);
    }

    /**
     * Whether {@code acronym} spells the initials of {@code name}'s words, or of a name that begins with one more
     * word ("ONU" for "Nations Unies", written for "Organisation des Nations Unies"), past the name linkers.
     */
    private boolean spellsInitials(String acronym, String name) {
        if (!Acronyms.capitals(acronym)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : TextFolder.key(name).split(" ")) {
            if (!word.isEmpty() && !lexicon.isNameLinker(word) && word.length() > 1) {
                initials.append(word.charAt(0));
            }
        }
        String spelled = TextFolder.fold(acronym);
        return initials.toString().equals(spelled)
                || initials.length() >= 2 && spelled.length() == initials.length() + 1
                && spelled.substring(1).equals(initials.toString());
    }

    /** The words of tokens {@code [start, end)} of {@code sentence} as written. */
    static String text(Sentence sentence, int start, int end) {
        int from = sentence.tokens().get(start).start() - sentence.start();
        int to = sentence.tokens().get(end - 1).end() - sentence.start();
        return sentence.text().substring(from, to);
    }
}
