package diplokg.recognize;

import diplokg.fact.Official;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
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
        String folded = " " + TextFolder.key(sentence.text()) + " ";
        Set<String> capitalised = sentence.tokens().stream()
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
}
