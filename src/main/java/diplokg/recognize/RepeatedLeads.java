package diplokg.recognize;

import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentences a later sentence repeats: an agency's lead paragraph, written before its dateline, is written again
 * after it, word for word and sometimes with more ("X et Y ont échangé le 17 juillet des messages." then "Hanoï, 17
 * juillet (VNA) - X et Y ont échangé le 17 juillet des messages à l'occasion de ..."). The two tell one news, so
 * only the longer, later sentence is read for events: reading both would count each event twice when the second
 * opens on an indefinite article ("Une cérémonie ... s'est tenue le 9 décembre"), which tells a new session.
 */
final class RepeatedLeads {

    /** Shorter sentences may be a set phrase written twice on purpose, not a repeated lead. */
    private static final int MIN_TOKENS = 8;

    private RepeatedLeads() {
    }

    /** The indices of the sentences of {@code sentences} that a later one repeats from its first word. */
    static Set<Integer> of(List<Sentence> sentences) {
        List<String> keys = sentences.stream().map(s -> TextFolder.key(s.text())).toList();
        Set<Integer> repeated = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence lead = sentences.get(i);
            if (lead.tokens().size() < MIN_TOKENS) {
                continue;
            }
            String key = keys.get(i);
            for (int j = i + 1; j < sentences.size(); j++) {
                String later = keys.get(j);
                if (later.startsWith(key) && (later.length() == key.length() || later.charAt(key.length()) == ' ')) {
                    repeated.add(lead.index());
                    break;
                }
            }
        }
        return repeated;
    }
}
