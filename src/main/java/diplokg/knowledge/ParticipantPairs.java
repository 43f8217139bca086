package diplokg.knowledge;

import diplokg.vocab.Dkg;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The pairs of people a happening's reports name together, one part of the happening each ({@code
 * dkg:participantPair}), so that who met whom is read from the knowledge graph instead of pairing every report's
 * participants at query time, which grew with the store.
 *
 * <p>Rules (what {@code who-met-whom} gave when it paired them at query time). Two participants of one report are a
 * pair unless that report's article gives both an office for one state (one side's delegation) or does not name
 * both; the pair's people are in the order of their IRIs. Across the reports that pair them, their states are the ISO
 * codes of every state those reports' articles say they serve (space-separated, in alphabetical order). Their names
 * are not repeated on each pair: {@code who-met-whom} reads each person's {@code dkg:displayName} ({@link
 * StoreTallies}), which two names per pair had weighed as 3% of the knowledge graph.
 */
final class ParticipantPairs {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    private final String states;

    /** @param states the IRI prefix of states, {@code {base}id/state/}, followed by their ISO code */
    ParticipantPairs(String states) {
        this.states = states;
    }

    void write(Node happening, List<EventMention> cluster, KnowledgeOut out) {
        Map<String, Together> pairs = new TreeMap<>();
        for (EventMention report : cluster) {
            List<Node> people = report.participants().stream().filter(Node::isURI).sorted(BY_IRI).toList();
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    add(report, people.get(i), people.get(j), happening, pairs);
                }
            }
        }
        pairs.values().forEach(pair -> pair.write(happening, out));
    }

    private void add(EventMention report, Node one, Node other, Node happening, Map<String, Together> pairs) {
        Set<Node> oneServes = report.servedBy().getOrDefault(one, Set.of());
        Set<Node> otherServes = report.servedBy().getOrDefault(other, Set.of());
        String oneName = report.names().get(one);
        String otherName = report.names().get(other);
        if (oneName == null || otherName == null || !Collections.disjoint(oneServes, otherServes)) {
            return;
        }
        String path = RelationKnowledge.local(one) + "/" + RelationKnowledge.local(other);
        pairs.computeIfAbsent(path, p -> new Together(NodeFactory.createURI(happening.getURI() + "/pair/" + p),
                one, other)).add(codes(oneServes), codes(otherServes));
    }

    /** The ISO codes of the states among {@code served} (an office may serve a body, which has none). */
    private Set<String> codes(Set<Node> served) {
        Set<String> codes = new TreeSet<>();
        for (Node state : served) {
            if (state.isURI() && state.getURI().startsWith(states)) {
                String code = state.getURI().substring(states.length());
                if (ISO_CODE.matcher(code).matches()) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    /** One pair as the reports that name it together give it. */
    private static final class Together {
        private final Node pair;
        private final Node one;
        private final Node other;
        private final Set<String> oneStates = new TreeSet<>();
        private final Set<String> otherStates = new TreeSet<>();

        Together(Node pair, Node one, Node other) {
            this.pair = pair;
            this.one = one;
            this.other = other;
        }

        void add(Set<String> oneCodes, Set<String> otherCodes) {
            oneStates.addAll(oneCodes);
            otherStates.addAll(otherCodes);
        }

        void write(Node happening, KnowledgeOut out) {
            out.part(happening, Dkg.participantPair, pair, Dkg.ParticipantPair.asNode());
            out.add(pair, Dkg.person1, one);
            out.add(pair, Dkg.person2, other);
            if (!oneStates.isEmpty()) {
                out.add(pair, Dkg.states1, NodeFactory.createLiteralString(String.join(" ", oneStates)));
            }
            if (!otherStates.isEmpty()) {
                out.add(pair, Dkg.states2, NodeFactory.createLiteralString(String.join(" ", otherStates)));
            }
        }
    }
}
