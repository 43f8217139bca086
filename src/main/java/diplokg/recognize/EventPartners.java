package diplokg.recognize;

import static diplokg.fact.Roles.HEAD_OF_GOVERNMENT;
import static diplokg.fact.Roles.HEAD_OF_STATE;
import static diplokg.fact.Roles.PARLIAMENT_LEADER;
import static diplokg.fact.Roles.PARTY_LEADER;

import diplokg.fact.Official;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who meets whom when talks are told with several counterparts coordinated after one verb: "s'est entretenue avec
 * son homologue, mais aussi avec le président X et le Premier ministre Y" is three meetings, one per counterpart,
 * as "a rencontré X ... a également rencontré Y" is two. A counterpart opens on a {@code dkg:partnerCue} of
 * {@code dkg:Event} ("avec") that a coordination or a comma introduces; one that follows a noun ("la coopération
 * avec le Japon") is a topic of the talks, not someone met. The trigger's clause ends at the next verb. Each
 * meeting keeps the people named outside the counterparts (the host) and adds one counterpart: each official named
 * in a coordinated phrase, or nobody when the phrase names none ("avec cette dernière"). A plural noun or a word
 * that says each was met on their own ("des rencontres avec A, B et C", "X et Y ont eu séparément des entrevues avec
 * Z") makes one meeting per person listed. Thread-safe.
 */
final class EventPartners {

    /** The tags of the word that coordinates one more counterpart: "et avec", "mais aussi avec", ", avec". */
    private static final Set<String> COORDINATING = Set.of("CCONJ", "ADV", "PUNCT", "SCONJ");
    /** The contract's roles of a state's highest offices, whose holders each receive a visitor on their own. */
    private static final Set<String> STATE_LEADERS = Set.of(HEAD_OF_STATE, PARTY_LEADER, HEAD_OF_GOVERNMENT,
            PARLIAMENT_LEADER);

    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> severals;

    EventPartners(Lexicon lexicon) {
        this.cues = lexicon.partnerCues(CueKind.EVENT);
        this.severals = lexicon.severalCues(CueKind.EVENT);
    }

    /**
     * The people of each meeting {@code trigger} tells, given all the people {@code who} its sentence names;
     * {@code dated} when the sentence gives the meeting a day of its own.
     */
    List<List<String>> split(List<String> who, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, TriggerCues clues, boolean dated) {
        List<Token> tokens = sentence.tokens();
        // "des entretiens séparés avec ...": the participle of the plural noun is no verb ending the clause.
        int end = severals.findAll(tokens).stream()
                .filter(c -> c.start() <= trigger.start() && trigger.end() <= c.end()).mapToInt(PhraseMatch::end)
                .max().orElse(trigger.end());
        while (end < tokens.size() && !tokens.get(end).isVerb()) {
            end++;
        }
        // "avec les dirigeants, y compris A; B; et C": the items of a list parted by semicolons are all
        // counterparts, whatever participle one of them holds; the clause ends at the first verb after the last one.
        // A verb with its auxiliary ("; il a ensuite visité") opens another clause.
        for (int i = end; i < tokens.size() && !tokens.get(i).tag().startsWith("AUX"); i++) {
            if (tokens.get(i).text().equals(";")) {
                end = i;
            }
        }
        while (end < tokens.size() && !tokens.get(end).isVerb()) {
            end++;
        }
        List<Integer> starts = new ArrayList<>();
        for (PhraseMatch<Boolean> cue : cues.findAll(tokens)) {
            if (cue.start() >= trigger.end() && cue.end() <= end && (starts.isEmpty()
                    || COORDINATING.stream().anyMatch(tokens.get(cue.start() - 1).tag()::startsWith))) {
                starts.add(cue.start());
            }
        }
        if (starts.size() < 2) {
            int with = starts.isEmpty() ? trigger.end() : starts.get(0);
            return separately(who, officials, sentence, trigger, with, end, clues, dated);
        }
        starts.add(end);
        List<List<String>> counterparts = EventParticipants.bySpan(sentence, starts, officials, who);
        List<String> host = who.stream().filter(p -> counterparts.stream().noneMatch(c -> c.contains(p))).toList();
        List<List<String>> meetings = new ArrayList<>();
        for (List<String> phrase : counterparts) {
            if (phrase.isEmpty()) {
                meetings.add(host);
            }
            for (String counterpart : phrase) {
                List<String> people = new ArrayList<>(host);
                people.add(counterpart);
                meetings.add(List.copyOf(people));
            }
        }
        return meetings;
    }

    /**
     * One meeting per person of a list when the sentence says each was met on their own: a plural noun
     * ({@code dkg:severalCue}, "a eu des rencontres avec A, B et C") or a word ({@code dkg:respectiveCue}, "X et Y ont
     * eu séparément des entrevues avec Z"), or, when no day is written for them, the list itself: the leaders of one
     * state ({@link #leadersOfOneState}).
     * The list is the counterparts after the trigger or its partner cue
     * ({@code [with, end)}) when they are two or more, else the people named before the trigger, each item of the list
     * one person however many names it holds ({@link #items}); each meeting keeps the other people.
     */
    private static List<List<String>> separately(List<String> who, List<Official> officials, Sentence sentence,
            PhraseMatch<Concept> trigger, int with, int end, TriggerCues clues, boolean dated) {
        List<List<String>> listed = items(sentence, with, end, officials, who);
        boolean cued = clues.several(trigger) || clues.respective();
        if (!cued && (dated || !leadersOfOneState(listed, officials))) {
            return List.of(who);
        }
        List<List<String>> each = listed.size() >= 2 ? listed : items(sentence, 0, trigger.start(), officials, who);
        if (each.size() < 2) {
            return List.of(who);
        }
        List<String> others = who.stream().filter(p -> each.stream().noneMatch(i -> i.contains(p))).toList();
        List<List<String>> meetings = new ArrayList<>();
        for (List<String> one : each) {
            meetings.add(who.stream().filter(p -> one.contains(p) || others.contains(p)).toList());
        }
        return meetings;
    }

    /**
     * Whether the counterparts listed after a meeting are two or more leaders of one state, each holding another of
     * its highest offices ("Lors de sa visite, il a rencontré le secrétaire général du Parti X, le Premier ministre Y
     * et le président de l'Assemblée nationale Z"): a visit's summary that gives no day lists the audiences of a
     * stay, each leader's a meeting of its own. A day written for them ("Mardi 15 avril, il a rencontré X et Y")
     * tells one meeting of that day, and two people of lower offices met together ("a reçu le ministre X et
     * l'ambassadeur Y") are one meeting too.
     */
    private static boolean leadersOfOneState(List<List<String>> listed, List<Official> officials) {
        if (listed.size() < 2) {
            return false;
        }
        Set<String> roles = new HashSet<>();
        Set<String> states = new HashSet<>();
        for (List<String> item : listed) {
            Official leader = officials.stream().filter(o -> o.name().equals(item.get(0))).findFirst().orElse(null);
            if (leader == null || leader.state() == null || !STATE_LEADERS.contains(leader.role())
                    || !roles.add(leader.role())) {
                return false;
            }
            states.add(leader.state());
        }
        return states.size() == 1;
    }

    /**
     * The people of each item of the list in tokens {@code [from, to)}, items parted by commas, semicolons and "et";
     * an item naming no one is left out, one naming two ("le Premier ministre, Cheikh X Al-Sabah", whose name holds
     * another official's last word) is one person still.
     */
    private static List<List<String>> items(Sentence sentence, int from, int to, List<Official> officials,
            List<String> who) {
        List<Token> tokens = sentence.tokens();
        List<Integer> bounds = new ArrayList<>(List.of(from));
        for (int i = from + 1; i < to; i++) {
            String text = tokens.get(i).text();
            if (text.equals(",") || text.equals(";") || tokens.get(i).tag().startsWith("CCONJ")) {
                bounds.add(i);
            }
        }
        bounds.add(to);
        return EventParticipants.bySpan(sentence, bounds, officials, who).stream().filter(p -> !p.isEmpty()).toList();
    }

}
