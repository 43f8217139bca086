package diplokg.lexicon;

import diplokg.vocab.Dkg;
import org.apache.jena.rdf.model.Resource;

/**
 * The controlled vocabularies of the extraction contract, each a SKOS scheme whose concepts have a class of their
 * own.
 */
public enum Scheme {
    LEVELS(Dkg.PartnershipLevel),
    ROLES(Dkg.Role),
    SECTORS(Dkg.Sector),
    EVENT_TYPES(Dkg.EventType),
    AGREEMENT_TYPES(Dkg.AgreementType),
    STATUSES(Dkg.Status),
    INDICATORS(Dkg.Indicator),
    UNITS(Dkg.Unit),
    MAGNITUDES(Dkg.Magnitude),
    NUMERALS(Dkg.Numeral),
    CALENDAR(Dkg.Month);

    private final Resource conceptClass;

    Scheme(Resource conceptClass) {
        this.conceptClass = conceptClass;
    }

    /** The class every concept of the scheme is an instance of. */
    public Resource conceptClass() {
        return conceptClass;
    }
}
