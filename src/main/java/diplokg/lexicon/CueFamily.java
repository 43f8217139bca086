package diplokg.lexicon;

import diplokg.vocab.Dkg;
import org.apache.jena.rdf.model.Property;

/**
 * The families of cue phrases the ontology states on a class or a concept, one property each: the cues that
 * signal a fact ({@code dkg:cue}) and those that qualify it (planned, recalled, repeated, placed ...).
 */
enum CueFamily {
    CUE(Dkg.cue),
    PLANNED(Dkg.plannedCue),
    PLACE(Dkg.placeCue),
    ARRIVAL(Dkg.arrivalCue),
    RECALL(Dkg.recallCue),
    EXCLUDED(Dkg.excludedPhrase),
    REPEAT(Dkg.repeatCue),
    ANAPHOR(Dkg.anaphorCue),
    NEW(Dkg.newCue),
    REPORT(Dkg.reportCue),
    FRAME(Dkg.frameCue),
    PARTNER(Dkg.partnerCue),
    ADDITION(Dkg.additionCue),
    SEVERAL(Dkg.severalCue),
    CONVEY(Dkg.conveyCue),
    TODAY(Dkg.todayCue),
    CAPACITY(Dkg.capacityCue),
    REMIT(Dkg.remitCue),
    ADDRESS(Dkg.addressForm),
    RESPECTIVE(Dkg.respectiveCue),
    JOINT(Dkg.jointCue),
    CEREMONY(Dkg.ceremonyCue),
    POLICY(Dkg.policyCue),
    OCCASION(Dkg.occasionCue),
    MEANS(Dkg.meansCue),
    PRESS(Dkg.pressCue),
    PRONOUN(Dkg.pronounCue),
    RESOLVE(Dkg.resolveCue),
    SIDELINE(Dkg.sidelineCue),
    START(Dkg.startCue),
    FOUNDING(Dkg.foundingCue),
    APPRAISAL(Dkg.appraisalCue),
    HELD(Dkg.heldCue);

    private final Property property;

    CueFamily(Property property) {
        this.property = property;
    }

    /** The ontology property whose values are the family's phrases. */
    Property property() {
        return property;
    }
}
