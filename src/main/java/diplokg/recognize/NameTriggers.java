package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.PhraseMatch;
import diplokg.nlp.Acronyms;
import diplokg.nlp.Token;
import java.util.List;

/** Triggers that are words of a name an acronym abbreviates, not events. Stateless. */
final class NameTriggers {

    /**
     * How many words a name may have after its first before the acronym in parentheses that ends it: "Conférence
     * pour l'interaction et les mesures de confiance en Asie (CICA)" has eleven.
     */
    private static final int NAME_WINDOW = 12;

    private NameTriggers() {
    }

    /**
     * A trigger inside the words that spell out an acronym in parentheses after it, or inside a name that such an
     * acronym ends.
     */
    static boolean inName(List<Token> tokens, PhraseMatch<Concept> trigger) {
        return spelledOut(tokens, trigger) || acronymNamed(tokens, trigger);
    }

    /**
     * A capitalised trigger inside its sentence that opens a name an acronym in parentheses ends, "des dirigeants
     * du Congrès national africain (ANC)": a word of an organisation's name, not an event.
     */
    private static boolean acronymNamed(List<Token> tokens, PhraseMatch<Concept> trigger) {
        if (trigger.start() == 0 || !tokens.get(trigger.start()).isCapitalized()) {
            return false;
        }
        for (int i = trigger.end(); i + 2 < tokens.size() && i - trigger.end() <= NAME_WINDOW; i++) {
            if (tokens.get(i).text().equals("(")) {
                return tokens.get(i + 2).text().equals(")") && Acronyms.capitals(tokens.get(i + 1).text());
            }
            String tag = tokens.get(i).tag();
            if (tag.startsWith("VERB") || tag.startsWith("AUX") || tag.startsWith("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A trigger in the parenthesis that spells out an acronym, "l'APEC (Forum de coopération économique
     * Asie-Pacifique)": a word of a name, not an event.
     */
    private static boolean spelledOut(List<Token> tokens, PhraseMatch<Concept> trigger) {
        for (int i = trigger.start() - 1; i >= 1; i--) {
            String text = tokens.get(i).text();
            if (text.equals(")")) {
                return false;
            }
            if (text.equals("(")) {
                return Acronyms.capitals(tokens.get(i - 1).text().replaceFirst("^[A-Za-z]'", ""));
            }
        }
        return false;
    }

}
