package diplokg.recognize;

import diplokg.fact.Official;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The people an event sentence names: the article's officials, found by their folded names. Stateless. */
final class EventParticipants {

    /** What separates the words of a token: "al-Sissi", "d'Ormesson". */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    private EventParticipants() {
    }

    /** The officials named in {@code sentence}, in the order of {@code officials}. */
    static List<String> named(Sentence sentence, List<Official> officials) {
        return named(sentence, 0, sentence.tokens().size(), officials);
    }

    /** The officials named in tokens {@code [from, to)} of {@code sentence}, in the order of {@code officials}. */
    static List<String> named(Sentence sentence, int from, int to, List<Official> officials) {
        List<Token> tokens = sentence.tokens().subList(from, to);
        if (tokens.isEmpty()) {
            return List.of();
        }
        String text = sentence.text().substring(tokens.get(0).start() - sentence.start(),
                tokens.get(tokens.size() - 1).end() - sentence.start());
        String folded = " " + TextFolder.key(text) + " ";
        Set<String> capitalised = tokens.stream()
                .flatMap(t -> Arrays.stream(WORD_BREAK.split(t.text())))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .map(TextFolder::key).collect(Collectors.toSet());
        return officials.stream()
                .filter(o -> namedIn(folded, capitalised, TextFolder.key(o.name())))
                .map(Official::name)
                .toList();
    }

    /**
     * Whether a sentence names a person: the whole name, or its last word, which both Vietnamese given names and
     * other family names put there ("Chinh", "Albanese"). Any other word would do too little: "Minh" is in
     * "Pham Minh Chinh" and in "Hô Chi Minh-Ville". The last word alone must be written with its capital, as a
     * name is: "Quê" of "Nguyên Minh Quê" is not the "que" of "ainsi que".
     */
    private static boolean namedIn(String folded, Set<String> capitalised, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return folded.contains(" " + name + " ") || last.length() >= 3 && capitalised.contains(last);
    }

    /**
     * The people of {@code who} named in each span of {@code sentence} between consecutive {@code bounds} (token
     * indexes): the items of a list of counterparts or senders.
     */
    static List<List<String>> bySpan(Sentence sentence, List<Integer> bounds, List<Official> officials,
            List<String> who) {
        List<List<String>> spans = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            spans.add(named(sentence, bounds.get(i), bounds.get(i + 1), officials).stream()
                    .filter(who::contains).toList());
        }
        return spans;
    }
}
