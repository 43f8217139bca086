package diplokg.recognize;

import diplokg.lexicon.Concept;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The states that send the messages of a message sentence when it lists them rather than their leaders: "les
 * dirigeants laotien, cambodgien et cubain ont adressé des messages", "a reçu des messages des dirigeants du Laos, du
 * Cambodge et de Cuba". The contract counts one message per sender, and there each state's leaders send one. A list
 * is two or more foreign states (names or adjectives) joined only by commas, conjunctions, determiners and
 * prepositions; it names the senders when it is the subject of the message's verb (before the trigger, with one
 * verb group at most between), or comes after the trigger with no verb between when the message is the subject or
 * the object of a reception ("a reçu les lettres de X et de Y"). After a trigger sent by someone ("a adressé des
 * messages aux dirigeants du Laos et du Cambodge") a list names the recipients: no senders. Thread-safe.
 */
final class SenderStates {

    private final Lexicon lexicon;

    SenderStates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The codes of the sending states the sentence lists for {@code trigger}, in the order written; else empty. */
    List<String> senders(Sentence sentence, PhraseMatch<Concept> trigger, boolean received) {
        List<Token> tokens = sentence.tokens();
        for (List<PhraseMatch<StateEntry>> list : lists(tokens)) {
            int from = list.get(0).start();
            int to = list.get(list.size() - 1).end();
            boolean subject = to <= trigger.start() && verbGroups(tokens, to, trigger.start()) <= 1;
            boolean after = from >= trigger.end() && verbGroups(tokens, trigger.end(), from) == 0
                    && (received || verbGroups(tokens, 0, trigger.start()) == 0);
            if (subject || after) {
                return list.stream().map(m -> m.value().code()).distinct().toList();
            }
        }
        return List.of();
    }

    /** The runs of two or more foreign states joined by list words only. */
    private List<List<PhraseMatch<StateEntry>>> lists(List<Token> tokens) {
        List<List<PhraseMatch<StateEntry>>> lists = new ArrayList<>();
        List<PhraseMatch<StateEntry>> run = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseMatch<StateEntry> state = state(tokens, i);
            if (state == null) {
                i++;
                continue;
            }
            if (!run.isEmpty() && !joined(tokens, run.get(run.size() - 1).end(), state.start())) {
                keep(lists, run);
                run = new ArrayList<>();
            }
            if (!state.value().code().equals(ArticleExtractor.HOME_STATE)) {
                run.add(state);
            }
            i = state.end();
        }
        keep(lists, run);
        return lists;
    }

    private PhraseMatch<StateEntry> state(List<Token> tokens, int i) {
        PhraseMatch<StateEntry> name = lexicon.stateNames().matchAt(tokens, i);
        return name != null ? name : lexicon.stateAdjectives().matchAt(tokens, i);
    }

    private static void keep(List<List<PhraseMatch<StateEntry>>> lists, List<PhraseMatch<StateEntry>> run) {
        if (run.stream().map(m -> m.value().code()).distinct().count() >= 2) {
            lists.add(run);
        }
    }

    /** Only commas, conjunctions, determiners and prepositions between two states: "laotien, cambodgien et". */
    private static boolean joined(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String tag = tokens.get(i).tag();
            boolean listWord = tokens.get(i).text().equals(",") || tag.equals("CCONJ") || tag.startsWith("DET")
                    || tag.startsWith("ADP");
            if (!listWord) {
                return false;
            }
        }
        return from < to;
    }

    /** How many groups of consecutive verbs and auxiliaries tokens {@code [from, to)} hold. */
    private static int verbGroups(List<Token> tokens, int from, int to) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = from; i < to; i++) {
            boolean verb = tokens.get(i).isVerb();
            if (verb && !inGroup) {
                groups++;
            }
            inGroup = verb || inGroup && tokens.get(i).tag().startsWith("ADV");
        }
        return groups;
    }
}
