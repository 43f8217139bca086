package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.Establishment;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.CueKind;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.PhraseMatch;
import diplokg.lexicon.PhraseTable;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year two states established diplomatic relations, stated or derived from an anniversary.
 *
 * <p>Only sentences that name diplomatic relations count (the {@code dkg:cue} labels of
 * {@code dkg:RelationsEstablishment}): the anniversary of a partnership, a treaty or an embassy is not the
 * establishment of relations. In such a sentence, in this order: a span of years "(1973-2023)" gives its first year;
 * an anniversary "74 ans", "30e anniversaire", "33 années écoulées" before the cue gives the anniversary's year minus
 * the count, the anniversary's year being the year the sentence names nearest the count, else the article's year; a
 * year written near an establishment word ("établi ... le 25 juin 1962") is the year itself.
 */
public final class EstablishmentRecognizer implements Recognizer<Establishment> {

    private static final Pattern YEAR_SPAN =
            Pattern.compile("\\(\\s*((?:1[6-9]|20)\\d\\d)\\s*[-–]\\s*(?:(?:1[6-9]|20)\\d\\d)\\s*\\)");
    private static final int WINDOW = 12;

    private final Lexicon lexicon;
    private final PhraseTable<Boolean> cues;
    private final PairLocator locator;

    public EstablishmentRecognizer(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues(CueKind.ESTABLISHMENT);
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
        OptionalInt articleYear = article.article().publicationMonth()
                .map(m -> OptionalInt.of(m.getYear())).orElse(OptionalInt.empty());
        for (Sentence sentence : article.sentences()) {
            for (PhraseMatch<Boolean> cue : cues.findAll(sentence.tokens())) {
                OptionalInt year = year(sentence, cue, articleYear);
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

    private OptionalInt year(Sentence sentence, PhraseMatch<Boolean> cue, OptionalInt articleYear) {
        Matcher span = YEAR_SPAN.matcher(sentence.text());
        if (span.find()) {
            return OptionalInt.of(Integer.parseInt(span.group(1)));
        }
        List<Token> tokens = sentence.tokens();
        for (int i = cue.start() - 1; i >= Math.max(0, cue.start() - WINDOW); i--) {
            OptionalInt count = NumberWords.countOrOrdinal(tokens.get(i));
            if (count.isPresent() && NumberWords.year(tokens.get(i)).isEmpty() && isRecall(tokens, i + 1)) {
                OptionalInt anniversary = nearestYear(tokens, i);
                OptionalInt base = anniversary.isPresent() ? anniversary : articleYear;
                return base.isPresent() ? OptionalInt.of(base.getAsInt() - count.getAsInt()) : OptionalInt.empty();
            }
        }
        return statedYear(sentence, cue);
    }

    /** "ans", "années", "anniversaire": the recall cues of the status vocabulary, right after a count. */
    private boolean isRecall(List<Token> tokens, int index) {
        if (index >= tokens.size()) {
            return false;
        }
        PhraseMatch<diplokg.lexicon.Concept> cue = lexicon.vocabulary(Scheme.STATUSES).phrases().matchAt(tokens, index);
        return cue != null && cue.value().id().equals(PartnershipRecognizer.EXISTING);
    }

    /** "établi leurs relations diplomatiques le 25 juin 1962", "depuis l'établissement ... en 1950". */
    private OptionalInt statedYear(Sentence sentence, PhraseMatch<Boolean> cue) {
        List<Token> tokens = sentence.tokens();
        boolean establishing = lexicon.vocabulary(Scheme.STATUSES).phrases().findAll(tokens).stream()
                .anyMatch(m -> m.value().id().equals(PartnershipRecognizer.ESTABLISHED)
                        && Math.abs(m.start() - cue.start()) <= WINDOW);
        if (!establishing) {
            return OptionalInt.empty();
        }
        for (int i = cue.end(); i < Math.min(tokens.size(), cue.end() + WINDOW); i++) {
            OptionalInt year = NumberWords.year(tokens.get(i));
            if (year.isPresent()) {
                return year;
            }
        }
        return OptionalInt.empty();
    }

    /** The year the sentence names nearest to token {@code index}: the year of the anniversary. */
    private static OptionalInt nearestYear(List<Token> tokens, int index) {
        for (int distance = 1; distance < tokens.size(); distance++) {
            for (int i : new int[] {index + distance, index - distance}) {
                if (i >= 0 && i < tokens.size() && NumberWords.year(tokens.get(i)).isPresent()) {
                    return NumberWords.year(tokens.get(i));
                }
            }
        }
        return OptionalInt.empty();
    }

}
