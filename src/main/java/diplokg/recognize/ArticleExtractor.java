package diplokg.recognize;

import diplokg.lexicon.Lexicon;
import diplokg.nlp.AnnotatedArticle;
import java.util.List;

/**
 * Runs every recogniser over an annotated article and assembles its {@link ArticleFacts}.
 * Immutable and thread-safe once built.
 */
public final class ArticleExtractor {

    /** The state whose foreign relations the graph describes. */
    public static final String HOME_STATE = "VN";

    private final StateRecognizer states;
    private final PairResolver pairs;
    private final SectorRecognizer sectors;
    private final PartnershipRecognizer partnerships;
    private final OfficialRecognizer officials;
    private final EstablishmentRecognizer establishments;
    private final TargetRecognizer targets;
    private final OrganizationRecognizer organizations;
    private final EventRecognizer events;

    public ArticleExtractor(Lexicon lexicon) {
        this.states = new StateRecognizer(lexicon);
        this.pairs = new PairResolver(HOME_STATE);
        this.sectors = new SectorRecognizer(lexicon);
        this.partnerships = new PartnershipRecognizer(lexicon, HOME_STATE);
        this.officials = new OfficialRecognizer(lexicon);
        this.establishments = new EstablishmentRecognizer(lexicon, HOME_STATE);
        this.targets = new TargetRecognizer(lexicon, HOME_STATE);
        this.organizations = new OrganizationRecognizer(lexicon);
        this.events = new EventRecognizer(lexicon);
    }

    /** The facts of {@code article}. */
    public ArticleFacts extract(AnnotatedArticle article) {
        List<Mention> stateMentions = states.recognize(article);
        List<StatePair> statePairs = pairs.resolve(article, stateMentions);
        List<Official> people = officials.recognize(article, statePairs, HOME_STATE);
        return new ArticleFacts(article, stateMentions, statePairs,
                partnerships.recognize(article, stateMentions, statePairs), people, sectors.recognize(article),
                events.recognize(article, people), establishments.recognize(article, stateMentions, statePairs),
                targets.recognize(article, stateMentions, statePairs), organizations.recognize(article), List.of());
    }
}
