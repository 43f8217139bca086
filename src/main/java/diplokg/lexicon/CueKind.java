package diplokg.lexicon;

import diplokg.vocab.Dkg;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of fact whose cue words the ontology lists on their class ({@code dkg:cue}, {@code dkg:plannedCue} ...).
 */
public enum CueKind {
    TARGET(Dkg.Target),
    ESTABLISHMENT(Dkg.RelationsEstablishment),
    ORGANIZATION(Dkg.Organization),
    AGREEMENT(Dkg.Agreement),
    EVENT(Dkg.Event),
    SECTOR(Dkg.Sector),
    PARTNERSHIP(Dkg.PartnershipStatement),
    PAIR(Dkg.BilateralRelation),
    ROLE(Dkg.Role);

    private final Resource ontologyClass;

    CueKind(Resource ontologyClass) {
        this.ontologyClass = ontologyClass;
    }

    /** The class that carries the cues. */
    public Resource ontologyClass() {
        return ontologyClass;
    }
}
