package diplokg.recognize;

import static diplokg.fact.Roles.HEAD_OF_STATE;
import static diplokg.fact.Roles.OFFICIAL;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Official;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.lexicon.StateEntry;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.TextFolder;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds officials: named people with a public role, the role's id and the state they serve.
 *
 * <p>Patterns, for a role phrase R (see {@link RoleReader}) and a name N ({@link NameFinder}), read by
 * {@link HolderNames} and {@link CounterpartReader}:
 * <ul>
 *   <li>R N — "le président vietnamien Luong Cuong", "le président Loukachenko";</li>
 *   <li>R, N, — "l'ambassadeur de Russie au Vietnam, Gennady S. Bezdetko, a souligné" (the name closes the
 *       apposition with a comma or ends the sentence);</li>
 *   <li>N, [adverb or participle] R — "Hun Manet, Premier ministre du Cambodge", "Luong Cuong, récemment élu
 *       président du Vietnam";</li>
 *   <li>counterpart N — "son homologue indien Narendra Modi" takes the role of the official named before it; a
 *       list of counterparts gives each its state ("ses homologues biélorusse X et russe Y", "ses deux homologues
 *       vietnamien et cambodgien X et Y");</li>
 *   <li>N ... possessive R — "félicité Iwaya Takeshi pour sa nomination à la tête de la diplomatie japonaise".</li>
 * </ul>
 * A role stated without a name ("le chef de l'État biélorusse") lends its state to a named official of the same
 * role who has none. What is left without a state takes the state of a common family name ({@code dkg:familyName}),
 * else the article's partner. One person is one official: mentions whose names agree are merged, keeping the fullest
 * name and the first office; of two offices joined before one name, the first counts (the contract's convention).
 * Thread-safe.
 */
public final class OfficialRecognizer implements Recognizer<Official> {

    /** The catch-all role of any other public office, a seat in a party's organs included. */
    private static final Set<String> LIST_MARKS = Set.of(",", ";");
    private static final Set<String> LIST_TAGS = Set.of("CCONJ", "DET");
    /** The most words of a list between a holder's name and the next office ("; ainsi que le"). */
    private static final int LIST_GAP = 4;

    private final Lexicon lexicon;
    private final String home;
    private final NameFinder names;
    private final RoleReader roles;
    private final HolderNames holders;
    private final CounterpartReader counterparts;
    private final PartyNames parties;
    private final PluralHolders pluralHolders;
    /** The titles a monarch's consort bears ({@code dkg:cue} of {@code role:head-of-state}: "reine"). */
    private final PhraseTable<Boolean> consortTitles;
    /** The words that open a seat or a rank, not an office ({@code dkg:frameCue} of {@code dkg:Role}: "membre"). */
    private final PhraseTable<Boolean> seats;
    /** A line of rulers ({@code dkg:excludedPhrase} of {@code dkg:Role}: "dynastie"), whose own name follows it. */
    private final PhraseTable<Boolean> lineages;

    public OfficialRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.home = home;
        this.names = new NameFinder(lexicon);
        this.roles = new RoleReader(lexicon);
        this.holders = new HolderNames(lexicon, names);
        this.counterparts = new CounterpartReader(lexicon, names, home);
        this.parties = new PartyNames(lexicon);
        this.pluralHolders = new PluralHolders(lexicon, names);
        this.consortTitles = lexicon.cues(lexicon.vocabulary(Scheme.ROLES).concept(HEAD_OF_STATE).orElseThrow());
        this.seats = lexicon.frameCues(CueKind.ROLE);
        this.lineages = lexicon.excludedPhrases(CueKind.ROLE);
    }

    @Override
    public FactKind<Official> kind() {
        return Contract.OFFICIALS;
    }

    /** The officials of the article; its pairs give the partner for officials of unknown state. */
    @Override
    public List<Stated<Official>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<StatePair> pairs = facts.facts(Contract.PAIRS);
        OfficialList officials = new OfficialList();
        List<RolePhrase> unnamed = new ArrayList<>();
        Set<String> partners = pairs.stream().flatMap(p -> Stream.of(p.first(), p.second()))
                .collect(Collectors.toSet());
        RoleReader.Context context = new RoleReader.Context(parties.shortNames(article), partners,
                Set.copyOf(facts.facts(Contract.STATES)));
        for (Sentence sentence : article.sentences()) {
            int before = unnamed.size();
            read(sentence, context, officials, unnamed);
            holderOpensNextSentence(article, unnamed.subList(before, unnamed.size()), officials);
        }
        String partner = partner(pairs, home);
        List<Stated<String>> states = facts.get(Contract.STATES);
        return officials.resolveStates(unnamed, this::familyState, this::foreignName,
                sentence -> partner != null ? partner : partnerIn(states, partners, sentence), home);
    }

    private void read(Sentence sentence, RoleReader.Context context, OfficialList officials,
                      List<RolePhrase> unnamed) {
        List<RolePhrase> phrases = roles.read(sentence, context);
        int before = unnamed.size();
        int covered = 0;
        NameSpan holder = null;
        for (int i = 0; i < phrases.size(); i++) {
            RolePhrase phrase = phrases.get(i);
            if (phrase.first() < covered) {
                // "conseiller d'État et ministre des Affaires étrangères X": a second office the first phrase reads
                // as its own is the same person's; the first office counts, the second is the one his
                // counterparts hold.
                if (holder != null && phrase.end() <= holder.first()) {
                    officials.portfolio(holder.text(), phrase.role().id());
                }
                continue;
            }
            covered = phrase.end();
            if (i + 1 < phrases.size() && pairedHolders(phrase, phrases.get(i + 1), officials)) {
                covered = phrases.get(++i).end();
                continue;
            }
            List<PluralHolders.Holder> each = plural(phrase) ? pluralHolders.read(phrase, context) : List.of();
            if (!each.isEmpty()) {
                each.forEach(h -> officials.add(h.name().text(), phrase.role().id(), h.state(), sentence,
                        inState(phrase)));
                covered = each.get(each.size() - 1).name().end();
                continue;
            }
            // "vice-Premier ministre et ministre des Affaires étrangères X": X holds both; the first office counts.
            RolePhrase named = phrase;
            while (i + 1 < phrases.size() && coordinated(named, phrases.get(i + 1))) {
                named = phrases.get(++i);
            }
            NameSpan name = lineage(named) ? holders.afterOwnName(named, phrase.first())
                    : holders.after(named, phrase.first());
            if (name == null) {
                // "le vice-ministre de la Santé X, également député": the name before the apposition's office
                // starts after the office that precedes it, whose portfolio is no word of the name.
                name = afterOffices(holders.before(phrase), phrases);
            }
            // A name that ends a list's item holds each office of the item, read one by one (the first that is more
            // than a seat counts, as OfficialList keeps it).
            NameSpan itemEnd = name == null ? afterOffices(holders.endingListItem(named), phrases) : null;
            name = name != null ? name : itemEnd;
            String state = phrase.state() != null ? phrase.state() : named.state();
            // "membre du Comité central du Parti X et ministre lao des Affaires étrangères": a seat or a rank
            // coordinated with an office gives way to it, as it does when named apart.
            RolePhrase first = phrase.role().id().equals(OFFICIAL) && !named.role().id().equals(OFFICIAL)
                    && seats.matchAt(sentence.tokens(), phrase.first()) != null ? named : phrase;
            NameSpan previous = holder;
            holder = name;
            if (name != null) {
                // "le ministre émirien de l'Industrie, Sultan Ahmed X": a title in the name is no office of its own.
                covered = name.first() >= named.end() && itemEnd == null ? Math.max(covered, name.end()) : covered;
                officials.add(name.text(), first.role().id(), state, sentence, inState(first));
                if (phrase.international() && officials.find(name.text()).role().equals(phrase.role().id())) {
                    officials.international(name.text());
                }
                if (state == null && previous != null && listedAfter(sentence, previous, phrase)
                        && !sameOffice(officials.find(previous.text()), phrase, officials)) {
                    officials.listedAfter(name.text(), previous.text());
                }
                if (named != phrase) {
                    officials.portfolio(name.text(), named.role().id());
                }
                if (consortTitles.matchAt(sentence.tokens(), phrase.first()) != null) {
                    officials.consortTitle(name.text());
                }
                listedHolders(phrase, name, officials);
                NameSpan second = plural(phrase) && name.first() == named.end() ? nextOfList(sentence, name) : null;
                if (second != null) {
                    officials.add(second.text(), phrase.role().id(), null, sentence, inState(phrase));
                }
            } else {
                unnamed.add(phrase);
            }
        }
        counterparts.read(sentence, context, officials, unnamed.subList(before, unnamed.size()));
    }

    /**
     * "Le président et le Premier ministre laotiens, X et Y, ...": two offices, each with its determiner, then two
     * names joined the same way: the first name holds the first office, the second the second. A state written
     * once after both offices ("laotiens") serves both. Returns whether the two names were read so.
     */
    private boolean pairedHolders(RolePhrase first, RolePhrase second, OfficialList officials) {
        Sentence sentence = first.sentence();
        List<Token> tokens = sentence.tokens();
        boolean joined = second.first() == first.end() + 2 && tokens.get(first.end()).tag().equals("CCONJ")
                && tokens.get(first.end() + 1).tag().equals("DET") && !tokens.get(first.end() + 1).isCapitalized();
        int at = second.end() < tokens.size() && tokens.get(second.end()).text().equals(",") ? second.end() + 1
                : second.end();
        // "..., respectivement X et Y"
        at += at < tokens.size() && tokens.get(at).tag().equals("ADV") ? 1 : 0;
        NameSpan one = joined ? names.holderNameAt(sentence, at) : null;
        if (one == null || one.end() + 1 >= tokens.size() || !tokens.get(one.end()).tag().equals("CCONJ")) {
            return false;
        }
        NameSpan two = names.holderNameAt(sentence, one.end() + 1);
        if (two == null || !HolderNames.closesAppositionAt(tokens, two.end())
                && !tokens.get(two.end()).tag().startsWith("VERB") && !tokens.get(two.end()).tag().equals("AUX")) {
            return false;
        }
        officials.add(one.text(), first.role().id(), first.state() != null ? first.state() : second.state(),
                sentence, inState(first));
        officials.add(two.text(), second.role().id(), second.state() != null ? second.state() : first.state(),
                sentence, inState(second));
        return true;
    }

    /**
     * {@code name} without the words an office of {@code phrases} covers ("ministre de l'Industrie et du Commerce
     * Nguyen Van A": the name is Nguyen Van A); null when none is left or {@code name} is null.
     */
    private static NameSpan afterOffices(NameSpan name, List<RolePhrase> phrases) {
        if (name == null) {
            return null;
        }
        int first = name.first();
        for (RolePhrase office : phrases) {
            first = office.first() < name.end() && office.end() > first ? office.end() : first;
        }
        return first < name.end() ? new NameSpan(name.sentence(), first, name.end()) : null;
    }

    /** Whether a plural determiner opens the role phrase ("les présidents", "aux vice-Premiers ministres"). */
    private boolean plural(RolePhrase phrase) {
        return phrase.first() > 0 && lexicon.isPluralCue(phrase.sentence().tokens().get(phrase.first() - 1).folded());
    }

    /** "les présidents X et Y": the name after a conjunction that follows {@code name}, or null. */
    private NameSpan nextOfList(Sentence sentence, NameSpan name) {
        List<Token> tokens = sentence.tokens();
        int next = name.end() + 1;
        boolean listed = next < tokens.size() && tokens.get(name.end()).tag().equals("CCONJ")
                && names.isNameToken(sentence, next);
        return listed ? names.nameAt(sentence, next) : null;
    }

    /** Whether only list words (commas, semicolons, conjunctions, articles) part {@code holder} from {@code phrase}. */
    private static boolean listedAfter(Sentence sentence, NameSpan holder, RolePhrase phrase) {
        List<Token> between = sentence.tokens().subList(Math.min(holder.end(), phrase.first()), phrase.first());
        return holder.end() <= phrase.first() && between.size() <= LIST_GAP && between.stream()
                .allMatch(t -> LIST_MARKS.contains(t.text()) || LIST_TAGS.contains(t.tag()));
    }

    /**
     * Whether {@code phrase} names the office {@code previous} holds (his first or his last): "le président X et le
     * président Y", "le ministre des Affaires étrangères X et le ministre des Affaires étrangères Y" are two sides.
     */
    private static boolean sameOffice(Official previous, RolePhrase phrase, OfficialList officials) {
        String role = phrase.role().id();
        return previous == null || previous.role().equals(role) || officials.counterpartRole(previous).equals(role);
    }

    private static Map<String, String> inState(RolePhrase phrase) {
        Map<String, String> roles = new HashMap<>();
        phrase.roleInState().forEach((state, role) -> roles.put(state, role.id()));
        return roles;
    }

    /**
     * Whether an office ends in a line of rulers ("le 10e roi de la dynastie Chakri"): the name after it is the
     * dynasty's, no holder's.
     */
    private boolean lineage(RolePhrase phrase) {
        List<Token> tokens = phrase.sentence().tokens();
        return !lineages.findAll(tokens.subList(phrase.first(), phrase.end())).isEmpty();
    }

    private static boolean coordinated(RolePhrase first, RolePhrase next) {
        List<Token> tokens = first.sentence().tokens();
        return next.first() == first.end() + 1 && tokens.get(first.end()).tag().equals("CCONJ");
    }

    /**
     * "les ambassadeurs de la Norvège, X, du Chili, Y, et de l'Égypte, Z": after a role, its state and its holder,
     * each further state written with its preposition and followed by a name gives that name the same role and the
     * state.
     */
    private void listedHolders(RolePhrase phrase, NameSpan first, OfficialList officials) {
        Sentence sentence = phrase.sentence();
        List<Token> tokens = sentence.tokens();
        int i = first.end();
        while (i + 3 < tokens.size() && tokens.get(i).text().equals(",")) {
            int j = i + 1;
            if (tokens.get(j).tag().equals("CCONJ")) {
                j++;
            }
            int prepositions = j;
            while (j < tokens.size() && j - prepositions < 2 && !tokens.get(j).isCapitalized()
                    && tokens.get(j).tag().startsWith("ADP") || j < tokens.size() && j > prepositions
                    && tokens.get(j).tag().equals("DET") && !tokens.get(j).isCapitalized()) {
                j++;
            }
            PhraseMatch<StateEntry> state = j > prepositions ? lexicon.stateNames().matchAt(tokens, j) : null;
            if (state == null || state.end() + 1 >= tokens.size() || !tokens.get(state.end()).text().equals(",")) {
                return;
            }
            NameSpan name = names.holderNameAt(sentence, state.end() + 1);
            if (name == null || !HolderNames.closesAppositionAt(tokens, name.end())) {
                return;
            }
            officials.add(name.text(), phrase.role().id(), state.value().code(), sentence, inState(phrase));
            i = name.end();
        }
    }

    /**
     * "... a reçu le Premier ministre brésilien. Marcelo Neves a transmis ...": a role stated last in a sentence,
     * with its state, and a person not yet known who opens the next sentence is that role's holder.
     */
    private void holderOpensNextSentence(AnnotatedArticle article, List<RolePhrase> unnamed, OfficialList officials) {
        if (unnamed.isEmpty()) {
            return;
        }
        RolePhrase last = unnamed.get(unnamed.size() - 1);
        Sentence sentence = last.sentence();
        boolean endsSentence = last.end() >= sentence.tokens().size() - 1;
        if (!endsSentence || last.state() == null || sentence.index() + 1 >= article.sentences().size()) {
            return;
        }
        Sentence next = article.sentence(sentence.index() + 1);
        NameSpan name = names.nameAt(next, 0);
        if (name != null && name.end() < next.tokens().size() && !next.tokens().get(name.end()).text().equals(",")
                && !officials.knows(name.text())) {
            officials.add(name.text(), last.role().id(), last.state(), next);
        }
    }

    /** The state of the family name that opens {@code name}, past its honorifics ("Mme Nguyen Thi X"). */
    private String familyState(String name) {
        return nameWords(name).findFirst().flatMap(lexicon::stateOfFamilyName).map(StateEntry::code).orElse(null);
    }

    /**
     * Whether a word of {@code name}, past its honorifics, cannot be one Vietnamese syllable ("Don Farrell",
     * "Kim In-kyo", "John V. Hart"): a name from elsewhere, whatever family name it bears.
     */
    private boolean foreignName(String name) {
        return nameWords(name).anyMatch(VietnameseSyllables::foreign);
    }

    /** The words of {@code name} but its honorifics ("Mme", "M."), in order. */
    private Stream<String> nameWords(String name) {
        return Arrays.stream(name.split("[\\s\\u00a0]+"))
                .filter(w -> !w.isEmpty() && !lexicon.isHonorific(TextFolder.fold(w)));
    }

    /**
     * "Au nom du peuple indonésien, le président X a adressé ...": in an article about several partners, the one
     * partner that the sentence naming an official names is the state he serves; none when it names two or none.
     */
    private String partnerIn(List<Stated<String>> states, Set<String> partners, int sentence) {
        List<String> named = states.stream().filter(s -> s.sentence() == sentence && !s.fact().equals(home))
                .map(Stated::fact).distinct().toList();
        return named.size() == 1 && partners.contains(named.get(0)) ? named.get(0) : null;
    }

    private static String partner(List<StatePair> pairs, String home) {
        if (pairs.size() != 1) {
            return null;
        }
        StatePair pair = pairs.get(0);
        return pair.first().equals(home) ? pair.second() : pair.first();
    }
}
