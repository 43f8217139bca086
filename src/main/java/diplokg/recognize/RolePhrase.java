package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.nlp.Sentence;
import java.util.Map;

/**
 * A role as a sentence states it: the role's words and their complement ("président du Conseil des ministres du
 * Pérou", "ambassadeur américain au Vietnam"), tokens {@code [first, end)}, the state served when the phrase names
 * one (null otherwise), and the other roles its words name in particular states ("secrétaire d'État": the foreign
 * minister of the United States, a minister elsewhere), by state code — applied once the state served is known.
 * {@code international}: the office is one of an international body and names no state ("le secrétaire général de
 * l'ONU"), so its holder serves none.
 */
public record RolePhrase(Concept role, String state, Sentence sentence, int first, int end,
                         Map<String, Concept> roleInState, boolean international) {

    public RolePhrase {
        roleInState = Map.copyOf(roleInState);
    }
}
