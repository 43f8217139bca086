package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.nlp.Sentence;

/**
 * A role as a sentence states it: the role's words and their complement ("président du Conseil des ministres du
 * Pérou", "ambassadeur américain au Vietnam"), tokens {@code [first, end)}, and the state served when the phrase
 * names one (null otherwise).
 */
public record RolePhrase(Concept role, String state, Sentence sentence, int first, int end) {
}
