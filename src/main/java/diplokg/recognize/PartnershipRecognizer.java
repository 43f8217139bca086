package diplokg.recognize;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Partnership;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.lexicon.Lexicon;
import diplokg.lexicon.Scheme;
import diplokg.nlp.AnnotatedArticle;
import diplokg.nlp.Sentence;
import diplokg.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the partnership levels stated for pairs of states.
 *
 * <p>The level is the longest level phrase of the vocabulary ("partenariat stratégique global" is never a
 * "partenariat global"). Not levels: a level phrase inside an agreement's name ("Accord de partenariat ... global"),
 * and the extensive level used as a description ("un partenariat stratégique approfondi et efficace" is a strategic
 * partnership). The pair is the home state and the state named nearest the phrase in its sentence, else the article's
 * own pair. The status is {@code established} when an establishment cue ("établissement", "élever ... au rang de")
 * precedes the phrase in its sentence with no cue of recall ("depuis", "anniversaire", "un an de") nor a past year
 * between them; otherwise {@code existing}. Each (pair, level) is reported once, established if any mention is.
 */
public final class PartnershipRecognizer implements Recognizer<Partnership> {

    static final String ESTABLISHED = "established";
    static final String EXISTING = "existing";
    static final String EXTENSIVE = "extensive-strategic-partnership";
    static final String STRATEGIC = "strategic-partnership";
    private static final int CUE_WINDOW = 12;

    private final VocabularyScanner scanner;
    private final PairLocator locator;

    public PartnershipRecognizer(Lexicon lexicon, String home) {
        this.scanner = new VocabularyScanner(lexicon);
        this.locator = new PairLocator(home);
    }

    @Override
    public FactKind<Partnership> kind() {
        return Contract.PARTNERSHIPS;
    }

    /** The partnerships of the article, located on its state mentions and pairs. */
    @Override
    public List<Stated<Partnership>> recognize(ArticleFacts facts) {
        AnnotatedArticle article = facts.source();
        Map<String, Stated<Partnership>> found = new LinkedHashMap<>();
        int year = article.article().publicationMonth().map(m -> m.getYear()).orElse(Integer.MAX_VALUE);
        for (Sentence sentence : article.sentences()) {
            for (VocabularyHit hit : scanner.scan(Scheme.LEVELS, sentence)) {
                if (insideAgreementName(sentence, hit)) {
                    continue;
                }
                Optional<StatePair> pair = locator.locate(facts, hit.sentence().index(), hit.start());
                if (pair.isEmpty()) {
                    continue;
                }
                String level = level(sentence, hit);
                String status = established(sentence, hit, year) ? ESTABLISHED : EXISTING;
                Stated<Partnership> partnership = hit.stated(new Partnership(pair.get(), level, status));
                found.merge(pair.get().key() + " " + level, partnership, (old, now) ->
                        old.fact().status().equals(ESTABLISHED) || now.fact().status().equals(EXISTING) ? old : now);
            }
        }
        return List.copyOf(found.values());
    }

    private boolean insideAgreementName(Sentence sentence, VocabularyHit hit) {
        if (hit.first() < 2 || !sentence.tokens().get(hit.first() - 1).folded().equals("de")) {
            return false;
        }
        return scanner.scan(Scheme.AGREEMENT_TYPES, sentence).stream().anyMatch(a -> a.end() == hit.first() - 1);
    }

    private static String level(Sentence sentence, VocabularyHit hit) {
        String id = hit.concept().id();
        List<Token> tokens = sentence.tokens();
        boolean described = hit.end() + 1 < tokens.size() && tokens.get(hit.end()).tag().equals("CCONJ")
                && tokens.get(hit.end() + 1).tag().equals("ADJ");
        return id.equals(EXTENSIVE) && described ? STRATEGIC : id;
    }

    private boolean established(Sentence sentence, VocabularyHit hit, int articleYear) {
        boolean cue = false;
        for (VocabularyHit status : scanner.scan(Scheme.STATUSES, sentence)) {
            if (status.end() <= hit.first() && hit.first() - status.end() <= CUE_WINDOW
                    && !commaBetween(sentence, status.end(), hit.first())) {
                if (status.concept().id().equals(EXISTING)) {
                    return false;
                }
                cue = true;
            }
        }
        return cue && !pastYearBefore(sentence, hit, articleYear);
    }

    /** A comma between a cue and the level ends the cue's clause: "hisser leurs relations, à l'image du ...". */
    private static boolean commaBetween(Sentence sentence, int from, int to) {
        return sentence.tokens().subList(from, to).stream().anyMatch(t -> t.text().equals(","));
    }

    private static boolean pastYearBefore(Sentence sentence, VocabularyHit hit, int articleYear) {
        List<Token> tokens = sentence.tokens();
        for (int i = Math.max(0, hit.first() - CUE_WINDOW); i < Math.min(tokens.size(), hit.end() + 4); i++) {
            String text = tokens.get(i).text();
            if (text.matches("(19|20)\\d\\d") && Integer.parseInt(text) < articleYear) {
                return true;
            }
        }
        return false;
    }


}
