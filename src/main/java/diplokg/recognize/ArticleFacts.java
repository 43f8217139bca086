package diplokg.recognize;

import diplokg.nlp.AnnotatedArticle;
import java.util.List;

/** Everything recognised in one article: the input of RDF mapping. */
public record ArticleFacts(AnnotatedArticle source, List<Mention> states, List<StatePair> pairs,
                           List<Partnership> partnerships, List<Official> officials, List<Mention> sectors,
                           List<DiplomaticEvent> events, List<Establishment> establishments, List<Target> targets,
                           List<NamedOrganization> organizations, List<AgreementMention> agreements) {

    public ArticleFacts {
        states = List.copyOf(states);
        pairs = List.copyOf(pairs);
        partnerships = List.copyOf(partnerships);
        officials = List.copyOf(officials);
        sectors = List.copyOf(sectors);
        events = List.copyOf(events);
        establishments = List.copyOf(establishments);
        targets = List.copyOf(targets);
        organizations = List.copyOf(organizations);
        agreements = List.copyOf(agreements);
    }
}
