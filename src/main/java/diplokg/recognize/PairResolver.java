package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.nlp.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which bilateral relations an article is about.
 *
 * <p>The home state (Vietnam) is paired with the partners the title names; when the title names none, with the
 * partner the body names most often (several when they tie) and with every partner named in an office (a role
 * phrase: "le roi de Norvège", "la présidente slovaque", "l'ambassadeur du Vietnam en Égypte"): a round-up of
 * messages from several leaders, or of several embassies' receptions, is about each of their states. A state named
 * only in passing in a long article ("la situation au Soudan") does not make a pair: what an article is about is
 * what its title, its offices and most of its sentences speak of. A pair is stated by the partner's first mention.
 */
public final class PairResolver implements Recognizer<StatePair> {

    private final String home;
    private final RoleReader roles;

    public PairResolver(Lexicon lexicon, String home) {
        this.home = Objects.requireNonNull(home, "home state");
        this.roles = new RoleReader(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** The home state's ISO code. */
    public String home() {
        return home;
    }

    @Override
    public FactKind<StatePair> kind() {
        return Contract.PAIRS;
    }

    /** The pairs of the article, given its state mentions. */
    @Override
    public List<Stated<StatePair>> recognize(ArticleFacts facts) {
        List<Stated<String>> states = facts.get(Contract.STATES);
        // Without a title (a first line that was only a photo credit), sentence 0 is the body's first sentence.
        boolean titled = facts.source().article().title().isPresent();
        List<String> partners = titled ? partners(states, true) : List.of();
        if (partners.isEmpty()) {
            Set<String> named = new LinkedHashSet<>(partners(states, false));
            named.addAll(inOffices(facts, states));
            partners = List.copyOf(named);
        }
        List<Stated<StatePair>> pairs = new ArrayList<>();
        for (String partner : states.stream().map(Stated::fact).distinct().filter(partners::contains).toList()) {
            Stated<String> first = states.stream().filter(s -> s.fact().equals(partner)).findFirst().orElseThrow();
            pairs.add(new Stated<>(StatePair.of(home, partner), first.sentence(), first.start(), first.end()));
        }
        return pairs;
    }

    /** The partners named inside a role phrase: the state an official serves, or where an ambassador is posted. */
    private List<String> inOffices(ArticleFacts facts, List<Stated<String>> states) {
        List<String> partners = new ArrayList<>();
        for (Sentence sentence : facts.source().sentences()) {
            for (RolePhrase phrase : roles.read(sentence)) {
                int start = sentence.tokens().get(phrase.first()).start();
                int end = sentence.tokens().get(phrase.end() - 1).end();
                states.stream().filter(s -> s.sentence() == sentence.index() && !s.fact().equals(home)
                        && s.start() >= start && s.end() <= end).forEach(s -> partners.add(s.fact()));
            }
        }
        return partners;
    }

    private List<String> partners(List<Stated<String>> states, boolean titleOnly) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Stated<String> mention : states) {
            if (!mention.fact().equals(home) && (!titleOnly || mention.sentence() == 0)) {
                counts.merge(mention.fact(), 1, Integer::sum);
            }
        }
        if (titleOnly) {
            return List.copyOf(counts.keySet());
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    }
}
