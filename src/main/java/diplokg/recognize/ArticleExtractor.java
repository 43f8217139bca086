package diplokg.recognize;

import diplokg.lexicon.Lexicon;
import diplokg.nlp.AnnotatedArticle;
import java.util.List;

/**
 * Runs every recogniser over an annotated article, in {@link #order()}, and returns what they found.
 * Immutable and thread-safe once built.
 */
public final class ArticleExtractor {

    /** The state whose foreign relations the graph describes. */
    public static final String HOME_STATE = "VN";

    private final List<Recognizer<?>> recognizers;

    public ArticleExtractor(Lexicon lexicon) {
        // Order matters where a recogniser reads what an earlier one found: pairs are resolved from the states;
        // officials take a partner's state from the pairs; partnerships, anniversaries and targets are located on
        // the states and pairs; events name the officials;
        // agreements are multilateral when their name holds an organisation.
        this.recognizers = List.<Recognizer<?>>of(
                new StateRecognizer(lexicon),
                new PairResolver(lexicon, HOME_STATE),
                new OfficialRecognizer(lexicon, HOME_STATE),
                new PartnershipRecognizer(lexicon, HOME_STATE),
                new SectorRecognizer(lexicon),
                new EventRecognizer(lexicon),
                new EstablishmentRecognizer(lexicon, HOME_STATE),
                new TargetRecognizer(lexicon, HOME_STATE),
                new OrganizationRecognizer(lexicon),
                new AgreementRecognizer(lexicon, HOME_STATE));
    }

    /** The recognisers, in the order they run. */
    public List<Recognizer<?>> order() {
        return recognizers;
    }

    /** The facts of {@code article}. */
    public ArticleFacts extract(AnnotatedArticle article) {
        ArticleFacts facts = ArticleFacts.of(article);
        for (Recognizer<?> recognizer : recognizers) {
            facts = found(facts, recognizer);
        }
        return facts;
    }

    private static <T> ArticleFacts found(ArticleFacts facts, Recognizer<T> recognizer) {
        return facts.with(recognizer.kind(), recognizer.recognize(facts));
    }
}
