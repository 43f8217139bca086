package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.Establishment;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.Concept;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds the year two states established diplomatic relations, stated or derived from an anniversary.
 *
 * <p>Only sentences that name diplomatic relations count (the {@code dkg:cue} labels of
 * {@code dkg:RelationsEstablishment}): the anniversary of a partnership, a treaty or an embassy is not the
 * establishment of relations, nor is a count with a partnership level or an agreement named between it and the cue.
 * In such a sentence, in this order: a span of years "(1973-2023)", "(18 janvier 1950 – 18 janvier 2025)" that the
 * anniversary's count fits (any bracketed span when there is no count) gives its first year; with an anniversary
 * "74 ans", "30e anniversaire", "LXe anniversaire" before the cue, or "il y a 50 ans" after it, a year of the sentence
 * from which the count reaches another year of the sentence or the article's year is the start itself, else the start
 * is the anniversary's year minus the count, the anniversary's year being the year the sentence names nearest the
 * count (within ten years of the article's), else the article's year (the next or the previous one when the sentence
 * says "l'année prochaine" or "l'année dernière"); without a count, a year written after the cue
 * and an establishment word ("établies le 25 juin 1962"), or just before them, is the year itself.
 */
public final class EstablishmentRecognizer implements Recognizer<Establishment> {

    /** Two years joined by a dash, in brackets (group 1) or not, each maybe after a day and month. */
    private static final Pattern YEAR_SPAN = Pattern.compile(
            "(\\(\\s*)?(?:[^()\\d]{0,20}\\d{1,2}[^()\\d]{1,12})?\\b((?:1[6-9]|20)\\d\\d)\\s*[-–—]\\s*"
                    + "(?:[^()\\d]{0,20}\\d{1,2}[^()\\d]{1,12})?((?:1[6-9]|20)\\d\\d)\\b");
    private static final int WINDOW = 12;
    private static final int ANNIVERSARY_RANGE = 10;

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> cues;
    private final PhraseTable<Boolean> nextYear;
    private final PhraseTable<Boolean> lastYear;
    private final PhraseTable<Boolean> rough;
    private final PhraseTable<Boolean> anaphors;
    private final PairLocator locator;
    private final String home;

    public EstablishmentRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.home = home;
        this.cues = lexicon.cues(CueKind.ESTABLISHMENT);
        this.nextYear = lexicon.plannedCues(CueKind.ESTABLISHMENT);
        this.lastYear = lexicon.recallCues(CueKind.ESTABLISHMENT);
        this.rough = lexicon.excludedPhrases(CueKind.ESTABLISHMENT);
        this.anaphors = lexicon.anaphorCues(CueKind.ESTABLISHMENT);
        this.locator = new PairLocator(home);
    }

    @Override
    public FactKind<Establishment> kind() {
        return Contract.RELATIONS_ESTABLISHED;
    }

    /** The establishments of the article, one per pair. */
    @Override
    public List<Stated<Establishment>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        List<Stated<String>> states = facts.get(Contract.STATES);
        Map<StatePair, Stated<Establishment>> found = new LinkedHashMap<>();
        OptionalInt articleYear = article.article().publicationYear();
        for (Sentence sentence : article.sentences()) {
            List<PhraseMatch<Concept>> levels = lexicon.vocabulary(Scheme.LEVELS).phrases().findAll(sentence.tokens());
            for (PhraseMatch<Boolean> cue : cues.findAll(sentence.tokens())) {
                // "l'établissement des relations spéciales" is a partnership's, not the relations' establishment.
                if (levels.stream().anyMatch(l -> l.start() < cue.end() && l.end() > cue.start())) {
                    continue;
                }
                List<Stated<Establishment>> each = distributed(sentence, cue, states, articleYear);
                if (!each.isEmpty()) {
                    each.forEach(e -> found.putIfAbsent(e.fact().pair(), e));
                    continue;
                }
                OptionalInt year = year(sentence, cue, articleYear, states);
                Optional<StatePair> pair = locator.locate(facts, sentence.index(),
                        sentence.tokens().get(cue.start()).start());
                if (year.isPresent() && pair.isPresent()) {
                    found.putIfAbsent(pair.get(), Evidence.words(new Establishment(pair.get(), year.getAsInt()),
                            sentence, cue.start(), cue.end()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * One establishment per partner when a sentence lists as many partners as years written after its cue, with no
     * anniversary: "le Nigeria et le Cameroun, depuis l'établissement des relations diplomatiques avec le Vietnam
     * respectivement en 1972 et en 1976" is Nigeria in 1972 and Cameroon in 1976, each with the home state, in the
     * order written; so are as many anniversaries counted before the cue ("respectivement 40 ans et 50 ans de
     * relations diplomatiques avec A et avec B"). Empty for any other sentence.
     */
    private List<Stated<Establishment>> distributed(Sentence sentence, PhraseMatch<Boolean> cue,
            List<Stated<String>> states, OptionalInt articleYear) {
        List<Token> tokens = sentence.tokens();
        List<Integer> years = new ArrayList<>();
        if (anniversary(tokens, cue) >= 0) {
            years.addAll(countedYears(tokens, cue, articleYear));
        } else if (statedYear(sentence, cue, states).isPresent()) {
            tokens.subList(cue.end(), tokens.size()).forEach(t -> NumberWords.year(t).ifPresent(years::add));
        }
        List<String> partners = states.stream().filter(m -> m.sentence() == sentence.index())
                .sorted(Comparator.comparingInt(Stated::start)).map(Stated::fact)
                .filter(code -> !code.equals(home)).distinct().toList();
        if (partners.size() < 2 || partners.size() != years.size()) {
            return List.of();
        }
        List<Stated<Establishment>> each = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            each.add(Evidence.words(new Establishment(StatePair.of(home, partners.get(i)), years.get(i)), sentence,
                    cue.start(), cue.end()));
        }
        return each;
    }

    /**
     * "respectivement 42 ans et 55 ans de relations diplomatiques": the start of each of the anniversaries counted
     * before the cue, from the year it falls in; empty when fewer than two are counted or the sentence names a year.
     */
    private List<Integer> countedYears(List<Token> tokens, PhraseMatch<Boolean> cue, OptionalInt articleYear) {
        OptionalInt base = relativeYear(tokens, articleYear);
        if (base.isEmpty() || tokens.stream().anyMatch(t -> NumberWords.year(t).isPresent())) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int i = Math.max(0, cue.start() - WINDOW); i < cue.start(); i = countEnd(tokens, i)) {
            if (isCount(tokens, i) && !roughly(tokens, i)) {
                years.add(base.getAsInt() - count(tokens, i).getAsInt());
            }
        }
        return years.size() >= 2 ? years : List.of();
    }

    private OptionalInt year(Sentence sentence, PhraseMatch<Boolean> cue, OptionalInt articleYear,
            List<Stated<String>> states) {
        List<Token> tokens = sentence.tokens();
        int at = anniversary(tokens, cue);
        // "il y a plus de 45 ans": a count said roughly (dkg:excludedPhrase of the establishment) gives no year.
        OptionalInt count = at < 0 || roughly(tokens, at) ? OptionalInt.empty() : count(tokens, at);
        OptionalInt span = span(sentence.text(), count);
        if (span.isPresent()) {
            return span;
        }
        if (count.isEmpty()) {
            return statedYear(sentence, cue, states);
        }
        int years = count.getAsInt();
        List<Integer> named = new ArrayList<>();
        tokens.forEach(t -> NumberWords.year(t).ifPresent(named::add));
        // "74 ans ... depuis 1950" (2024): a year the count leads from to a year named or the article's is the start.
        for (int year : named) {
            if (named.contains(year + years) || articleYear.isPresent()
                    && Math.abs(articleYear.getAsInt() - year - years) <= 1) {
                return OptionalInt.of(year);
            }
        }
        OptionalInt anniversary = nearestYear(tokens, at, articleYear);
        OptionalInt base = anniversary.isPresent() ? anniversary : relativeYear(tokens, articleYear);
        return base.isPresent() ? OptionalInt.of(base.getAsInt() - years) : OptionalInt.empty();
    }

    /**
     * The anniversary's year when the sentence writes none: the article's, the next when the sentence says the
     * anniversary falls "l'année prochaine" (a {@code dkg:plannedCue} of the establishment), the one before when it
     * fell "l'année dernière" (a {@code dkg:recallCue}).
     */
    private OptionalInt relativeYear(List<Token> tokens, OptionalInt articleYear) {
        if (articleYear.isEmpty()) {
            return articleYear;
        }
        int shift = !nextYear.findAll(tokens).isEmpty() ? 1 : !lastYear.findAll(tokens).isEmpty() ? -1 : 0;
        return OptionalInt.of(articleYear.getAsInt() + shift);
    }

    /**
     * The token of the count of an anniversary of the relations: the last before the cue ("le 30e anniversaire de
     * l'établissement des relations diplomatiques") unless a partnership level or an agreement is named between
     * them, else the first after it ("relations diplomatiques établies il y a 50 ans"); -1 when there is none.
     */
    private int anniversary(List<Token> tokens, PhraseMatch<Boolean> cue) {
        int last = -1;
        for (int i = Math.max(0, cue.start() - WINDOW); i < cue.start(); i = countEnd(tokens, i)) {
            if (isCount(tokens, i)) {
                last = i;
            }
        }
        if (last >= 0) {
            return other(tokens, countEnd(tokens, last), cue.start()) ? -1 : last;
        }
        for (int i = cue.end(); i < Math.min(tokens.size(), cue.end() + WINDOW); i = countEnd(tokens, i)) {
            if (isCount(tokens, i)) {
                return other(tokens, cue.end(), i) ? -1 : i;
            }
        }
        return -1;
    }

    /** Whether a phrase of approximation ("plus de", "près de", "environ") ends right before token {@code at}. */
    private boolean roughly(List<Token> tokens, int at) {
        return rough.findAll(tokens.subList(0, at)).stream().anyMatch(m -> m.end() == at);
    }

    /** A count followed by "ans", "anniversaire", or an anniversary in one word ("cinquantenaire"). */
    private boolean isCount(List<Token> tokens, int i) {
        return count(tokens, i).isPresent() && NumberWords.year(tokens.get(i)).isEmpty()
                && (isRecall(tokens, countEnd(tokens, i)) || isRecall(tokens, i));
    }

    /** The number written at token {@code i}: digits ("74", "30e", "XXXe") or words ("trentième", "soixante-dix"). */
    private OptionalInt count(List<Token> tokens, int i) {
        OptionalInt digits = NumberWords.countOrOrdinal(tokens.get(i));
        if (digits.isPresent()) {
            return digits;
        }
        PhraseMatch<Concept> words = lexicon.vocabulary(Scheme.NUMERALS).phrases().matchAt(tokens, i);
        return words == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(words.value().id()));
    }

    /** The token after the number that starts at {@code i} (after token {@code i} when there is none). */
    private int countEnd(List<Token> tokens, int i) {
        PhraseMatch<Concept> words = lexicon.vocabulary(Scheme.NUMERALS).phrases().matchAt(tokens, i);
        return words == null ? i + 1 : words.end();
    }

    /** Whether tokens {@code [from, to)} name a partnership level or an agreement: the count is theirs. */
    private boolean other(List<Token> tokens, int from, int to) {
        List<Token> between = tokens.subList(from, Math.max(from, to));
        return !lexicon.vocabulary(Scheme.LEVELS).phrases().findAll(between).isEmpty()
                || !lexicon.vocabulary(Scheme.AGREEMENT_TYPES).phrases().findAll(between).isEmpty();
    }

    /**
     * The first year of a span "(1995-2025)", "(18 janvier 1950 - 18 janvier 2025)" that the count of the
     * anniversary fits; without a count, the first span written in brackets.
     */
    private static OptionalInt span(String text, OptionalInt count) {
        Matcher span = YEAR_SPAN.matcher(text);
        while (span.find()) {
            int first = Integer.parseInt(span.group(2));
            int last = Integer.parseInt(span.group(3));
            boolean bracketed = span.group(1) != null;
            if (last > first && (count.isPresent() ? last - first == count.getAsInt() : bracketed)) {
                return OptionalInt.of(first);
            }
        }
        return OptionalInt.empty();
    }

    /** "ans", "années", "anniversaire": the recall cues of the status vocabulary, right after a count. */
    private boolean isRecall(List<Token> tokens, int index) {
        if (index >= tokens.size()) {
            return false;
        }
        PhraseMatch<Concept> cue = lexicon.vocabulary(Scheme.STATUSES).phrases().matchAt(tokens, index);
        return cue != null && cue.value().id().equals(PartnershipRecognizer.EXISTING);
    }

    /**
     * "établi leurs relations diplomatiques le 25 juin 1962", "relations diplomatiques, établies le 15 décembre 2008",
     * "depuis l'établissement ... en 1950": the first year after the cue and the establishment word, unless a level
     * or an agreement is named before it, else the nearest year before them ("en 1992, les deux pays ont établi des
     * relations diplomatiques").
     */
    private OptionalInt statedYear(Sentence sentence, PhraseMatch<Boolean> cue, List<Stated<String>> states) {
        List<Token> tokens = sentence.tokens();
        Optional<PhraseMatch<?>> word = lexicon.vocabulary(Scheme.STATUSES).phrases()
                .findAll(tokens).stream()
                .filter(m -> m.value().id().equals(PartnershipRecognizer.ESTABLISHED)
                        && (m.start() >= cue.end() ? m.start() - cue.end() : cue.start() - m.end()) <= WINDOW)
                .<PhraseMatch<?>>map(m -> m).findFirst().or(() -> backReference(sentence, cue, states));
        if (word.isEmpty()) {
            return OptionalInt.empty();
        }
        int from = Math.max(cue.end(), word.get().end());
        for (int i = from; i < Math.min(tokens.size(), from + WINDOW); i++) {
            OptionalInt year = NumberWords.year(tokens.get(i));
            // "ont porté les relations diplomatiques au niveau d'un partenariat stratégique en 2013": the year
            // after a level or an agreement is theirs; the sentence says nothing of the relations' start.
            if (year.isPresent()) {
                return other(tokens, cue.end(), i) ? OptionalInt.empty() : year;
            }
        }
        int before = Math.min(cue.start(), word.get().start());
        for (int i = before - 1; i >= Math.max(0, before - WINDOW); i--) {
            OptionalInt year = NumberWords.year(tokens.get(i));
            if (year.isPresent()) {
                return year;
            }
        }
        return OptionalInt.empty();
    }

    /**
     * "les relations diplomatiques entre A et B ..., depuis leur établissement en octobre 1999": an establishment
     * said of the relations by a possessive ({@code dkg:anaphorCue} of the establishment, written with the noun),
     * however far after the cue in the sentence, when no verb stands between them (a verb starts another clause,
     * whose "leur établissement" may be another thing's; the words of a state's name are never its verb).
     */
    private Optional<PhraseMatch<?>> backReference(Sentence sentence, PhraseMatch<Boolean> cue,
            List<Stated<String>> states) {
        List<Token> tokens = sentence.tokens();
        return anaphors.findAll(tokens).stream()
                .filter(a -> a.start() >= cue.end() && IntStream.range(cue.end(), a.start())
                        .noneMatch(k -> tokens.get(k).isVerb() && !inStateName(tokens.get(k), sentence, states)
                                || otherOwner(tokens, k, sentence, states)))
                .<PhraseMatch<?>>map(a -> a).findFirst();
    }

    /**
     * Whether a conjunction at token {@code k} adds another plural owner of "leur établissement" ("les relations
     * ... et les entreprises brésiliennes, depuis leur établissement"): any conjunction but the one of the pair, which
     * a state's name follows within its article ("entre le Vietnam et l'Arabie saoudite").
     */
    private static boolean otherOwner(List<Token> tokens, int k, Sentence sentence, List<Stated<String>> states) {
        if (!tokens.get(k).tag().equals("CCONJ")) {
            return false;
        }
        int next = Math.min(k + 2, tokens.size() - 1);
        return IntStream.rangeClosed(k + 1, next).noneMatch(j -> inStateName(tokens.get(j), sentence, states));
    }

    /** Whether the token is a word of a state's name, whatever the tagger made of it ("l'Arabie saoudite"). */
    private static boolean inStateName(Token token, Sentence sentence, List<Stated<String>> states) {
        return states.stream().anyMatch(m -> m.sentence() == sentence.index()
                && m.start() <= token.start() && token.end() <= m.end());
    }

    /**
     * The year the sentence names nearest to token {@code index}: the year of the anniversary. When the article's
     * year is known, a year far from it is not the anniversary's (the national day's "1945", the start "1950").
     */
    private static OptionalInt nearestYear(List<Token> tokens, int index, OptionalInt articleYear) {
        for (int distance = 1; distance < tokens.size(); distance++) {
            for (int i : new int[] {index + distance, index - distance}) {
                OptionalInt year = i >= 0 && i < tokens.size() ? NumberWords.year(tokens.get(i)) : OptionalInt.empty();
                if (year.isPresent() && (articleYear.isEmpty()
                        || Math.abs(year.getAsInt() - articleYear.getAsInt()) <= ANNIVERSARY_RANGE)) {
                    return year;
                }
            }
        }
        return OptionalInt.empty();
    }

}
