package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
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
 * partner the body names most often among those its lead names (the lead: the first sentence that names a foreign
 * state; several partners when they tie; every state its lists name when one list names three or more, as a
 * round-up's lead does), and with every partner named in an office (a role phrase: "le roi de
 * Norvège", "la présidente slovaque", "l'ambassadeur du Vietnam en Égypte"): a round-up of messages from several
 * leaders, or of several embassies' receptions, is about each of their states. A state named only in passing in a
 * long article ("la situation au Soudan"), or only in a paragraph after the lead ("le conflit en Ukraine" discussed
 * during a call with another state), does not make a pair: what an article is about is what its title, its lead,
 * its offices and most of its sentences speak of. A list that names mostly partners ("les dirigeants de l'Autriche,
 * de Malte et de Chypre") names partners only.
 *
 * <p>A state named only as where an ambassador of the home state is posted is no partner when a sentence of that
 * posting names another partner outside it: "l'ambassadeur du Vietnam en Indonésie et au Timor-Leste a présenté
 * ses lettres au président du Timor-Leste" is about Timor-Leste. A pair is stated by the partner's first mention.
 */
public final class PairResolver implements Recognizer<StatePair> {

    /** The tags of the words that may separate the states of one list ("de l'Autriche, du Portugal et de Malte"). */
    private static final Set<String> LIST_TAGS = Set.of("DET", "ADP", "ADP+DET", "CCONJ");
    private static final Set<String> LIST_MARKS = Set.of(",", "(", ")");
    /** The fewest states one list of a lead names for the article to be a round-up about each of them. */
    private static final int ROUND_UP = 3;

    private final String home;
    private final Lexicon lexicon;
    private final RoleReader roles;
    private final PhraseTable<Boolean> members;
    private final PhraseTable<Boolean> press;
    private final SettingPlaces settings;

    public PairResolver(Lexicon lexicon, String home) {
        this.home = Objects.requireNonNull(home, "home state");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.roles = new RoleReader(lexicon);
        this.members = lexicon.cues(CueKind.PAIR);
        this.press = lexicon.excludedPhrases(CueKind.PAIR);
        this.settings = new SettingPlaces(lexicon);
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
        List<Stated<String>> states = withoutMembers(facts, facts.get(Contract.STATES)).stream()
                .filter(s -> !ofThePress(facts, s)).toList();
        List<RolePhrase> offices = new ArrayList<>();
        facts.source().sentences().forEach(s -> offices.addAll(roles.read(s)));
        // Without a title (a first line that was only a photo credit), sentence 0 is the body's first sentence.
        boolean titled = facts.source().article().title().isPresent();
        List<String> inTitle = titled ? inSentence(states, 0) : List.of();
        List<String> partners = inTitle.isEmpty() ? inBody(facts, states, offices, titled ? 1 : 0)
                : withTitle(facts, states, offices, inTitle);
        List<String> posted = partners.stream().filter(p -> !postedOnly(states, offices, p, partners)).toList();
        List<String> kept = withoutSettings(facts, states, posted);
        List<Stated<StatePair>> pairs = new ArrayList<>();
        for (String partner : states.stream().map(Stated::fact).distinct().filter(kept::contains).toList()) {
            Stated<String> first = states.stream().filter(s -> s.fact().equals(partner)).findFirst().orElseThrow();
            pairs.add(new Stated<>(StatePair.of(home, partner), first.sentence(), first.start(), first.end()));
        }
        return pairs;
    }

    /**
     * The partners but those named only as a city's country ("à Hambourg, en Allemagne", {@link SettingPlaces}) when
     * another partner is named otherwise: the summit's host is the setting of the meetings the article reports. A
     * state named only so, and no other, stays the partner ("arrivé à Vientiane, au Laos, pour une visite d'État").
     */
    private List<String> withoutSettings(ArticleFacts facts, List<Stated<String>> states, List<String> partners) {
        List<String> settingsOnly = partners.stream().filter(p -> states.stream().filter(s -> s.fact().equals(p))
                .allMatch(s -> settings.isCountryOfCity(facts.source().sentence(s.sentence()), s.start()))).toList();
        boolean otherPartner = partners.stream().anyMatch(p -> !settingsOnly.contains(p));
        return otherPartner ? partners.stream().filter(p -> !settingsOnly.contains(p)).toList() : partners;
    }

    /**
     * The state mentions but those of a list of a body's members: "les économies membres de l'APEC comprenant le
     * Premier ministre australien X, le roi du Brunei Y, ..." names {@value #ROUND_UP} or more foreign states after a
     * membership cue ({@code dkg:cue} of {@code dkg:BilateralRelation}) and a name; they attend the body's meeting.
     */
    private List<Stated<String>> withoutMembers(ArticleFacts facts, List<Stated<String>> states) {
        List<Stated<String>> kept = new ArrayList<>(states);
        for (Sentence sentence : facts.source().sentences()) {
            List<Token> tokens = sentence.tokens();
            for (PhraseMatch<Boolean> cue : members.findAll(tokens)) {
                if (!bodyNamedAt(tokens, cue.end())) {
                    continue;
                }
                int after = tokens.get(cue.end() - 1).end();
                List<Stated<String>> listed = states.stream().filter(s -> s.sentence() == sentence.index()
                        && s.start() >= after && !s.fact().equals(home)).toList();
                if (listed.stream().map(Stated::fact).distinct().count() >= ROUND_UP) {
                    kept.removeAll(listed);
                }
            }
        }
        return kept;
    }

    /**
     * "vue par la presse japonaise", "selon les médias russes": a state's adjective right after a noun of the press
     * ({@code dkg:excludedPhrase} of {@code dkg:BilateralRelation}) tells where a medium that reports comes from, not
     * a partner.
     */
    private boolean ofThePress(ArticleFacts facts, Stated<String> mention) {
        Sentence sentence = facts.source().sentence(mention.sentence());
        int at = sentence.tokenAt(mention.start());
        return press.findAll(sentence.tokens().subList(0, at)).stream().anyMatch(m -> m.end() == at)
                && at < sentence.tokens().size() && lexicon.stateAdjectives().matchAt(sentence.tokens(), at) != null;
    }

    /** "de l'APEC", "de l'ASEAN": linkers and a capitalised name from token {@code j}. */
    private boolean bodyNamedAt(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && lexicon.isNameLinker(tokens.get(k).folded())) {
            k++;
        }
        return k > j && k < tokens.size() && tokens.get(k).isCapitalized() && tokens.get(k).isWord()
                && lexicon.stateNames().matchAt(tokens, k) == null;
    }

    /** The partners of an article whose title names none, its body starting at sentence {@code from}. */
    private List<String> inBody(ArticleFacts facts, List<Stated<String>> states, List<RolePhrase> offices, int from) {
        List<String> lead = lead(states, from);
        Set<String> named = new LinkedHashSet<>(mostNamed(states, lead));
        named.addAll(roundUp(facts, states, lead));
        named.addAll(inOffices(states, offices));
        named.addAll(listedWith(facts, states, named));
        return List.copyOf(named);
    }

    /**
     * The partners of an article whose title names some: those, the states of the offices its lead names when the
     * lead's first office is the home state's ("Le PM multiplie ses rencontres en Thaïlande" whose lead lists the
     * counterparts he met there: "le président birman X, ..."; not when a foreign leader opens it, the subject of
     * meetings of his own), and the states of a list whose members are mostly partners already (a tour: "à Cuba, en
     * Italie et au Vatican" after a title naming Cuba and Italy).
     */
    private List<String> withTitle(ArticleFacts facts, List<Stated<String>> states, List<RolePhrase> offices,
            List<String> inTitle) {
        Set<String> named = new LinkedHashSet<>(inTitle);
        int lead = states.stream().filter(s -> s.sentence() >= 1 && !s.fact().equals(home))
                .mapToInt(Stated::sentence).findFirst().orElse(-1);
        List<RolePhrase> inLead = offices.stream().filter(p -> p.sentence().index() == lead).toList();
        if (!inLead.isEmpty() && (inLead.get(0).state() == null || inLead.get(0).state().equals(home))) {
            named.addAll(inOffices(states, inLead));
        }
        named.addAll(listedWith(facts, states, named));
        return List.copyOf(named);
    }

    /** The foreign states the first sentence from {@code from} that names one names; empty when none does. */
    private List<String> lead(List<Stated<String>> states, int from) {
        return states.stream().filter(s -> s.sentence() >= from && !s.fact().equals(home))
                .map(Stated::sentence).findFirst().map(index -> inSentence(states, index)).orElse(List.of());
    }

    private List<String> inSentence(List<Stated<String>> states, int index) {
        return states.stream().filter(s -> s.sentence() == index && !s.fact().equals(home))
                .map(Stated::fact).distinct().toList();
    }

    /** Among {@code candidates}, the states the article names most often (every one when they tie). */
    private List<String> mostNamed(List<Stated<String>> states, List<String> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Stated<String> mention : states) {
            if (!mention.fact().equals(home) && (candidates.isEmpty() || candidates.contains(mention.fact()))) {
                counts.merge(mention.fact(), 1, Integer::sum);
            }
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
    }

    /** The partners named inside a role phrase: the state an official serves, or where an ambassador is posted. */
    private List<String> inOffices(List<Stated<String>> states, List<RolePhrase> offices) {
        List<String> partners = new ArrayList<>();
        for (RolePhrase phrase : offices) {
            states.stream().filter(s -> !s.fact().equals(home) && within(s, phrase))
                    .forEach(s -> partners.add(s.fact()));
        }
        return partners;
    }

    /**
     * The states of a list whose members are more than half partners already: "les dirigeants de l'Autriche, du
     * Portugal et de Chypre" when Austria and Portugal are partners makes Cyprus one.
     */
    private List<String> listedWith(ArticleFacts facts, List<Stated<String>> states, Set<String> partners) {
        return lists(facts, states).stream().flatMap(list -> ofPartnerList(list, partners).stream()).toList();
    }

    /**
     * The states of a round-up's lead: when the lead lists {@value #ROUND_UP} foreign states or more in one run
     * ("les dirigeants de A, de B, de C et de D ont adressé des messages", "a reçu les ambassadeurs de A, de B et de
     * C"), every state its lists name is a partner, though the body then speaks of some more than others; else none.
     */
    private List<String> roundUp(ArticleFacts facts, List<Stated<String>> states, List<String> lead) {
        if (lead.isEmpty()) {
            return List.of();
        }
        int index = states.stream().filter(s -> lead.contains(s.fact())).findFirst().orElseThrow().sentence();
        List<List<Stated<String>>> inLead = lists(facts, states).stream()
                .filter(list -> list.get(0).sentence() == index).toList();
        if (inLead.stream().noneMatch(list -> list.stream().map(Stated::fact).distinct().count() >= ROUND_UP)) {
            return List.of();
        }
        return inLead.stream().flatMap(List::stream).map(Stated::fact).distinct().toList();
    }

    /** The runs of two or more foreign states joined by list words only, in the order written. */
    private List<List<Stated<String>>> lists(ArticleFacts facts, List<Stated<String>> states) {
        List<List<Stated<String>>> lists = new ArrayList<>();
        List<Stated<String>> list = new ArrayList<>();
        for (Stated<String> mention : states) {
            Stated<String> previous = list.isEmpty() ? null : list.get(list.size() - 1);
            if (previous != null && !(previous.sentence() == mention.sentence()
                    && onlyListWords(facts.source().sentence(mention.sentence()), previous.end(), mention.start()))) {
                keep(lists, list);
                list = new ArrayList<>();
            }
            if (!mention.fact().equals(home)) {
                list.add(mention);
            }
        }
        keep(lists, list);
        return lists;
    }

    private static void keep(List<List<Stated<String>>> lists, List<Stated<String>> list) {
        if (list.size() >= 2) {
            lists.add(list);
        }
    }

    private static List<String> ofPartnerList(List<Stated<String>> list, Set<String> partners) {
        List<String> members = list.stream().map(Stated::fact).distinct().toList();
        long known = members.stream().filter(partners::contains).count();
        return members.size() >= 2 && 2 * known > members.size() ? members : List.of();
    }

    /**
     * Whether only list words stand between offsets {@code from} and {@code to}: commas, determiners, prepositions,
     * conjunctions, and the brackets of a state's short name ("du Qatar, des Émirats arabes unis (EAU) et d'Oman").
     */
    private static boolean onlyListWords(Sentence sentence, int from, int to) {
        return sentence.tokens().stream().filter(t -> t.start() >= from && t.end() <= to)
                .allMatch(t -> LIST_TAGS.contains(t.tag()) || LIST_MARKS.contains(t.text()));
    }

    /**
     * Whether {@code state} is named only where an ambassador of another state is posted, and a sentence of such a
     * posting names another of the {@code partners} outside any posting: it is then the ambassador's residence, not
     * the state the article is about.
     */
    private boolean postedOnly(List<Stated<String>> states, List<RolePhrase> offices, String state,
            List<String> partners) {
        List<Stated<String>> mentions = states.stream().filter(s -> s.fact().equals(state)).toList();
        if (!mentions.stream().allMatch(m -> posting(m, offices))) {
            return false;
        }
        return mentions.stream().anyMatch(m -> states.stream().anyMatch(other -> other.sentence() == m.sentence()
                && !other.fact().equals(state) && !other.fact().equals(home) && partners.contains(other.fact())
                && !posting(other, offices)));
    }

    private boolean posting(Stated<String> mention, List<RolePhrase> offices) {
        return offices.stream().anyMatch(p -> home.equals(p.state()) && !p.state().equals(mention.fact())
                && within(mention, p));
    }

    private static boolean within(Stated<String> mention, RolePhrase phrase) {
        List<Token> tokens = phrase.sentence().tokens();
        return mention.sentence() == phrase.sentence().index()
                && mention.start() >= tokens.get(phrase.first()).start()
                && mention.end() <= tokens.get(phrase.end() - 1).end();
    }
}
