package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether the last trigger of each event type an article told was a plan: "X effectuera une visite en Inde ... Y a
 * souligné l'importance de cette visite" names the planned visit with a demonstrative, not a visit that happened.
 * One per article, filled as its sentences are read.
 */
final class PlannedTypes {

    private final Map<String, Boolean> lastPlanned = new HashMap<>();

    /** Records a trigger of its type, a plan or an event told. */
    void planned(PhraseMatch<Concept> trigger, boolean plan) {
        lastPlanned.put(trigger.value().id(), plan);
    }

    /** Whether the last trigger of {@code trigger}'s type told before was a plan. */
    boolean lastPlanned(PhraseMatch<Concept> trigger) {
        return lastPlanned.getOrDefault(trigger.value().id(), false);
    }
}
