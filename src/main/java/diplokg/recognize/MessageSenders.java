package diplokg.recognize;

import static diplokg.fact.EventTypes.MESSAGE;

import diplokg.fact.Event;
import diplokg.fact.Official;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who sends the messages a message sentence tells, for the contract counts one message per sender. Four rules, first
 * that applies:
 * <ul>
 * <li>A list of senders set apart by semicolons after the trigger, with no verb in it, sends one message per item: "X a
 * été congratulé par le président du Sénat A, B; la présidente du Parlement C, D; et le roi E" is three messages,
 * whether or not each item's person is a known official.</li>
 * <li>A subject that lists couples of leaders of two states exchanges one message per couple.</li>
 * <li>Leaders of one state coordinated as the subject of the message's verb each send one: "le président X et le
 * Premier ministre Y ont adressé des messages de félicitations à Z", or a list ended by "respectivement", is a message
 * from X and one from Y, each with the sentence's other people, unless they send it together ({@code dkg:jointCue}:
 * "ont envoyé conjointement un message") or exchange messages "avec" the other side ({@code dkg:partnerCue}); when
 * they write "respectivement" or to their "homologues", as many as they are, each writes to the counterpart of its
 * rank, in the order written. So do leaders of three states or more, who cannot be one exchange between two
 * sides.</li>
 * <li>Foreign leaders of several states named in the sentence each send one: "le président de X, A, et le roi de Y,
 * B, ont aussi envoyé une lettre au président Z" is two letters, each with the home officials of the sentence.</li>
 * </ul>
 * Leaders of two states as one subject exchange their messages ("X et Y ont échangé des messages"), and leaders of
 * one state may be messenger and sender ("le ministre de X a transmis les salutations du président de X"): one
 * message. Thread-safe.
 */
final class MessageSenders {


    private final Lexicon lexicon;
    private final PhraseTable<Boolean> partners;

    MessageSenders(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.partners = lexicon.partnerCues(CueKind.EVENT);
    }

    /** The people of each message {@code trigger} tells, given all the people {@code who} its sentence names. */
    List<List<String>> split(List<String> who, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, TriggerCues clues) {
        List<List<String>> listed = listed(who, officials, sentence, trigger);
        if (!listed.isEmpty()) {
            return listed;
        }
        List<Official> named = officials.stream().filter(o -> who.contains(o.name())).toList();
        List<List<String>> pairs = pairs(subject(named, sentence, trigger, true));
        List<Official> subject = subject(named, sentence, trigger, false);
        if (!pairs.isEmpty()) {
            return pairs;
        }
        boolean oneState = subject.stream().allMatch(o -> o.state() != null
                && o.state().equals(subject.get(0).state()));
        // "X, Y et Z ont envoyé conjointement un message": one message the leaders of one state signed together.
        if (subject.size() >= 2 && oneState && !clues.joint()) {
            List<String> senders = subject.stream().map(Official::name).distinct().toList();
            List<String> counterparts = counterparts(named, sentence, trigger, subject.get(0).state(), senders);
            boolean ranked = rankByRank(sentence, trigger, clues);
            if (!ranked && withPartners(sentence, trigger)) {
                return List.of(who);
            }
            return counterparts.size() == senders.size() && ranked ? ranks(who, senders, counterparts)
                    : each(who, senders);
        }
        if (subject.size() >= 2 && subject.stream().map(Official::state).distinct().count() >= 3) {
            return each(who, subject.stream().map(Official::name).distinct().toList());
        }
        List<Official> abroad = named.stream().filter(o -> o.state() != null
                && !o.state().equals(ArticleExtractor.HOME_STATE)).toList();
        if (abroad.stream().map(Official::state).distinct().count() < 2) {
            return List.of(who);
        }
        return each(who, abroad.stream().map(Official::name).distinct().toList());
    }

    /**
     * Whether a message noun opening its sentence ("Dans sa lettre, le Premier ministre Y a souhaité ...") names the
     * letter of a sender no message told before names: the subject after the opening phrase is an official whom no
     * earlier message names, while the last message names someone else of that official's state (its sender, or
     * its recipient when the letter answers it). Such an opening phrase is otherwise the message told before ("Dans
     * son message, X a salué ..."); when the last message names nobody of the subject's state, the subject may be
     * its sender left unnamed ("Le président vietnamien a adressé un message à Z. Dans son message, le président X
     * ..."), which is no new letter. A foreign subject after the letter of a foreign sender of another state, or of
     * none, is a new sender too.
     */
    static boolean newSender(Sentence sentence, PhraseMatch<Concept> trigger, List<Official> officials,
            List<EventMention> events) {
        List<Token> tokens = sentence.tokens();
        if (!EventClauses.opening(tokens, trigger)) {
            return false;
        }
        int comma = trigger.end();
        while (!tokens.get(comma).text().equals(",")) {
            comma++;
        }
        int verb = comma + 1;
        while (verb < tokens.size() && !tokens.get(verb).isVerb()) {
            verb++;
        }
        List<String> subject = EventParticipants.named(sentence, comma + 1, verb, officials);
        List<Event> told = events.stream().map(EventMention::event).filter(e -> e.type().equals(MESSAGE)).toList();
        if (subject.isEmpty() || told.isEmpty()
                || told.stream().anyMatch(e -> subject.stream().anyMatch(e.participants()::contains))) {
            return false;
        }
        String state = stateOf(subject.get(0), officials);
        if (state == null) {
            return false;
        }
        List<String> last = told.get(told.size() - 1).participants();
        // "Dans son message, le roi de Y ..." after a letter of a foreign sender of another state or of none (the
        // head of an organisation): a foreign subject who was not that letter's sender writes a letter of their own.
        boolean afterForeignSender = !state.equals(ArticleExtractor.HOME_STATE)
                && last.stream().anyMatch(p -> !ArticleExtractor.HOME_STATE.equals(stateOf(p, officials)));
        return afterForeignSender || last.stream().anyMatch(p -> state.equals(stateOf(p, officials)));
    }

    /** The state {@code name} serves; null for one who serves none (a secretary-general of an organisation). */
    private static String stateOf(String name, List<Official> officials) {
        return officials.stream().filter(o -> o.name().equals(name) && o.state() != null).map(Official::state)
                .findFirst().orElse(null);
    }

    /**
     * One list of people per item of a semicolon list of senders after the trigger ("par A, B; C, D; et E, F"): the
     * officials its item names and the sentence's people named outside the list. Empty when the words after the
     * trigger hold no semicolon, or a verb (a second clause: "a félicité X; il a aussi salué ...").
     */
    private static List<List<String>> listed(List<String> who, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        List<Integer> bounds = new ArrayList<>(List.of(trigger.end()));
        for (int i = trigger.end(); i < tokens.size(); i++) {
            if (tokens.get(i).isVerb()) {
                return List.of();
            }
            if (tokens.get(i).text().equals(";")) {
                bounds.add(i + 1);
            }
        }
        if (bounds.size() < 2) {
            return List.of();
        }
        bounds.add(tokens.size());
        List<List<String>> items = EventParticipants.bySpan(sentence, bounds, officials, who);
        List<String> outside = who.stream().filter(p -> items.stream().noneMatch(item -> item.contains(p))).toList();
        List<List<String>> each = new ArrayList<>();
        for (List<String> item : items) {
            List<String> people = new ArrayList<>(outside);
            item.stream().filter(p -> !people.contains(p)).forEach(people::add);
            each.add(List.copyOf(people));
        }
        return each;
    }

    /**
     * The pairs of a subject that lists two or more couples of leaders of two states ("le Premier ministre X et son
     * homologue Y, le président A et le président B ont échangé des messages"): each couple, in the order written,
     * is one message between them. Empty when the subject is no such list.
     */
    private static List<List<String>> pairs(List<Official> subject) {
        if (subject.size() < 4 || subject.size() % 2 != 0
                || subject.stream().map(Official::state).distinct().count() != 2) {
            return List.of();
        }
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < subject.size(); i += 2) {
            Official one = subject.get(i);
            Official other = subject.get(i + 1);
            if (one.state() == null || one.state().equals(other.state())) {
                return List.of();
            }
            pairs.add(List.of(one.name(), other.name()));
        }
        return pairs;
    }

    /**
     * The officials of another state than the senders' named after the trigger, in the order written: "ont adressé
     * des messages de félicitations au roi A, au Premier ministre B et au président du Sénat C".
     */
    private static List<String> counterparts(List<Official> named, Sentence sentence, PhraseMatch<Concept> trigger,
            String senderState, List<String> senders) {
        List<Official> others = named.stream().filter(o -> !senders.contains(o.name())
                && !senderState.equals(o.state())).toList();
        return inOrder(others, sentence, trigger.end(), sentence.tokens().size()).stream().map(Official::name)
                .distinct().toList();
    }

    /**
     * Whether the message's other side follows a partner cue in the trigger's clause ("X, Y et Z ont échangé des
     * messages de félicitations avec A, B et C"): messages sent "avec" someone are an exchange between two sides, one
     * event whoever each side lists, where messages sent "à" someone are each sender's.
     */
    private boolean withPartners(Sentence sentence, PhraseMatch<Concept> trigger) {
        List<Token> tokens = sentence.tokens();
        for (int i = trigger.end(); i < tokens.size() && !tokens.get(i).isVerb(); i++) {
            if (partners.matchAt(tokens, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence pairs senders and addressees in order: "respectivement" ({@code dkg:respectiveCue}), or a
     * counterpart cue ("à leurs homologues A, B et C") in the trigger's clause. Without either, senders write to all
     * the people named after them ("X et Y ont adressé des messages au roi A ainsi qu'au président du Sénat B").
     */
    private boolean rankByRank(Sentence sentence, PhraseMatch<Concept> trigger, TriggerCues clues) {
        List<Token> tokens = sentence.tokens();
        if (clues.respective()) {
            return true;
        }
        for (int i = trigger.end(); i < tokens.size() && !tokens.get(i).isVerb(); i++) {
            if (lexicon.isCounterpartCue(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One list of people per sender when senders of one state write to as many counterparts, rank by rank ("le
     * secrétaire général X, le président Y et le Premier ministre Z ont adressé des messages à leurs homologues A, B
     * et C", "ont adressé respectivement des messages à A, B et C"): the sender, the counterpart of the same rank
     * in the order written, and everyone in {@code who} who is neither sender nor counterpart.
     */
    private static List<List<String>> ranks(List<String> who, List<String> senders, List<String> counterparts) {
        List<List<String>> each = new ArrayList<>();
        for (int i = 0; i < senders.size(); i++) {
            String sender = senders.get(i);
            String counterpart = counterparts.get(i);
            each.add(who.stream().filter(p -> p.equals(sender) || p.equals(counterpart)
                    || !senders.contains(p) && !counterparts.contains(p)).toList());
        }
        return each;
    }

    /** One list of people per sender: the sender and everyone in {@code who} who is no sender. */
    private static List<List<String>> each(List<String> who, List<String> senders) {
        List<List<String>> each = new ArrayList<>();
        for (String sender : senders) {
            each.add(who.stream().filter(p -> p.equals(sender) || !senders.contains(p)).toList());
        }
        return each;
    }

    /**
     * The officials named in full in the subject of the trigger's verb, in the order written, when that subject
     * coordinates people ("X et Y ont adressé", "X, Y et Z ont félicité"): the words between the verb before it, if
     * any, and the verb group that governs the trigger (the trigger itself when it is a verb). With {@code adverbs},
     * an adverb inside the verb group ("ont également échangé") belongs to the group, as couples of leaders are found
     * past it; without, the subject stops at it: leaders of one state "ont conjointement adressé un message", one.
     */
    private static List<Official> subject(List<Official> named, Sentence sentence, PhraseMatch<Concept> trigger,
            boolean adverbs) {
        List<Token> tokens = sentence.tokens();
        int verb = trigger.start();
        while (verb > 0 && !tokens.get(verb).isVerb() && !tokens.get(verb - 1).isVerb()) {
            verb--;
        }
        while (verb > 0 && (tokens.get(verb - 1).isVerb() || adverbs && verb > 1
                && tokens.get(verb - 1).tag().startsWith("ADV") && tokens.get(verb - 2).isVerb())) {
            verb--;
        }
        int from = verb;
        while (from > 0 && !tokens.get(from - 1).isVerb()) {
            from--;
        }
        if (from >= verb || tokens.subList(from, verb).stream().noneMatch(t -> t.tag().equals("CCONJ"))) {
            return List.of();
        }
        return inOrder(named, sentence, from, verb);
    }

    /** The officials named in full in tokens {@code [from, to)}, in the order written. */
    private static List<Official> inOrder(List<Official> named, Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        if (from >= to) {
            return List.of();
        }
        String text = sentence.text().substring(tokens.get(from).start() - sentence.start(),
                tokens.get(to - 1).end() - sentence.start());
        // The whole name, not its last word alone: "Thanh" of "Bui Thanh Son" names no "Lê Van Thành" there.
        String folded = " " + TextFolder.key(text) + " ";
        return named.stream().filter(o -> folded.contains(" " + TextFolder.key(o.name()) + " "))
                .sorted(Comparator.comparingInt(o -> folded.indexOf(" " + TextFolder.key(o.name()) + " ")))
                .toList();
    }

}
