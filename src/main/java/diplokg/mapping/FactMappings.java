package diplokg.mapping;

import java.util.List;

/** The mapping of every fact kind, in the contract's order. */
public final class FactMappings {

    /** One mapping per kind of {@link diplokg.fact.Contract#KINDS}, in that order (a test checks it). */
    public static final List<FactMapping<?>> ALL = List.of(new StateMapping(), new PairMapping(),
            new PartnershipMapping(), new OfficialMapping(), new SectorMapping(), new EventMapping(),
            new EstablishmentMapping(), new TargetMapping(), new OrganizationMapping(), new AgreementMapping());

    private FactMappings() {
    }
}
