package diplokg.recognize;

import diplokg.fact.Official;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import java.util.List;

/** The people an event sentence names: the article's officials, found by their folded names. Stateless. */
final class EventParticipants {

    private EventParticipants() {
    }

    /** The officials named in {@code sentence}, in the order of {@code officials}. */
    static List<String> named(Sentence sentence, List<Official> officials) {
        String folded = " " + TextFolder.key(sentence.text()) + " ";
        return officials.stream()
                .filter(o -> namedIn(folded, TextFolder.key(o.name())))
                .map(Official::name)
                .toList();
    }

    /**
     * Whether a sentence names a person: the whole name, or its last word, which both Vietnamese given names and
     * other family names put there ("Chinh", "Albanese"). Any other word would do too little: "Minh" is in
     * "Pham Minh Chinh" and in "Hô Chi Minh-Ville".
     */
    private static boolean namedIn(String folded, String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return folded.contains(" " + name + " ") || last.length() >= 3 && folded.contains(" " + last + " ");
    }
}
