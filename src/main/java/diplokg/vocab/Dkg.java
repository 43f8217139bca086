package diplokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the diplokg ontology ({@code ontology/diplokg.ttl}). Hand-written, and checked by {@code DkgTest}: every
 * constant here must be declared in the ontology, so a typo fails the build instead of minting an undeclared term.
 */
public final class Dkg {

    /** The ontology namespace; prefix {@code dkg:}. */
    public static final String NS = "https://w3id.org/diplokg/ontology#";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY = "https://w3id.org/diplokg/ontology";

    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource State = resource("State");
    public static final Resource Person = resource("Person");
    public static final Resource Position = resource("Position");
    public static final Resource Organization = resource("Organization");
    public static final Resource BilateralRelation = resource("BilateralRelation");
    public static final Resource PartnershipStatement = resource("PartnershipStatement");
    public static final Resource Event = resource("Event");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Target = resource("Target");
    public static final Resource RelationsEstablishment = resource("RelationsEstablishment");
    public static final Resource Extraction = resource("Extraction");
    public static final Resource PartnershipLevel = resource("PartnershipLevel");
    public static final Resource Role = resource("Role");
    public static final Resource Sector = resource("Sector");
    public static final Resource EventType = resource("EventType");
    public static final Resource AgreementType = resource("AgreementType");
    public static final Resource Status = resource("Status");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource Unit = resource("Unit");
    public static final Resource Magnitude = resource("Magnitude");
    public static final Resource Numeral = resource("Numeral");
    public static final Resource Month = resource("Month");

    // Knowledge layer (graph/knowledge).
    public static final Resource Happening = resource("Happening");
    public static final Resource LevelInterval = resource("LevelInterval");
    public static final Resource EstablishmentClaim = resource("EstablishmentClaim");
    public static final Resource TargetClaim = resource("TargetClaim");
    public static final Resource SectorCoverage = resource("SectorCoverage");
    public static final Resource SectorGroup = resource("SectorGroup");
    public static final Resource SectorGroupCoverage = resource("SectorGroupCoverage");
    public static final Resource ParticipantPair = resource("ParticipantPair");
    public static final Resource HappeningPeriod = resource("HappeningPeriod");
    public static final Resource StoreSummary = resource("StoreSummary");

    public static final Property mentionsState = property("mentionsState");
    public static final Property mentionsOrganization = property("mentionsOrganization");
    public static final Property mentionsPerson = property("mentionsPerson");
    public static final Property about = property("about");
    public static final Property discussesSector = property("discussesSector");
    public static final Property hasSentence = property("hasSentence");
    public static final Property inArticle = property("inArticle");
    public static final Property evidence = property("evidence");
    public static final Property statedIn = property("statedIn");
    public static final Property partner = property("partner");
    public static final Property pair = property("pair");
    public static final Property level = property("level");
    public static final Property status = property("status");
    public static final Property holder = property("holder");
    public static final Property role = property("role");
    public static final Property forState = property("forState");
    public static final Property holds = property("holds");
    public static final Property eventType = property("eventType");
    public static final Property participant = property("participant");
    public static final Property eventSector = property("eventSector");
    public static final Property agreementType = property("agreementType");
    public static final Property indicator = property("indicator");
    public static final Property highestLevel = property("highestLevel");

    public static final Property articleId = property("articleId");
    public static final Property title = property("title");
    public static final Property publicationMonth = property("publicationMonth");
    public static final Property sourceCredit = property("sourceCredit");
    public static final Property sourceFile = property("sourceFile");
    public static final Property capturedAt = property("capturedAt");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property text = property("text");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property name = property("name");
    public static final Property nameKey = property("nameKey");
    public static final Property date = property("date");
    public static final Property timeStamp = property("timeStamp");
    public static final Property place = property("place");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property targetYear = property("targetYear");
    public static final Property establishedYear = property("establishedYear");
    public static final Property rank = property("rank");
    public static final Property cameoCode = property("cameoCode");
    public static final Property iso2 = property("iso2");
    public static final Property iso3 = property("iso3");
    public static final Property isoNumeric = property("isoNumeric");
    public static final Property nameWithArticle = property("nameWithArticle");
    public static final Property adjectiveMasculine = property("adjectiveMasculine");
    public static final Property adjectiveFeminine = property("adjectiveFeminine");
    public static final Property adjectiveMasculinePlural = property("adjectiveMasculinePlural");
    public static final Property adjectiveFemininePlural = property("adjectiveFemininePlural");
    public static final Property sharedAdjective = property("sharedAdjective");
    public static final Property compoundPrefix = property("compoundPrefix");
    public static final Property capital = property("capital");
    public static final Property city = property("city");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property contentHash = property("contentHash");
    public static final Property counterpartCue = property("counterpartCue");
    public static final Property familyName = property("familyName");
    public static final Property possessiveCue = property("possessiveCue");
    public static final Property pluralCue = property("pluralCue");
    public static final Property honorific = property("honorific");
    public static final Property stateLabel = property("stateLabel");
    public static final Property labelState = property("labelState");
    public static final Property cue = property("cue");
    public static final Property nameLinker = property("nameLinker");
    public static final Property nameParticle = property("nameParticle");
    public static final Property plannedCue = property("plannedCue");
    public static final Property excludedPhrase = property("excludedPhrase");
    public static final Property recallCue = property("recallCue");
    public static final Property placeCue = property("placeCue");
    public static final Property arrivalCue = property("arrivalCue");
    public static final Property capacityCue = property("capacityCue");
    public static final Property remitCue = property("remitCue");
    public static final Property addressForm = property("addressForm");
    public static final Property repeatCue = property("repeatCue");
    public static final Property anaphorCue = property("anaphorCue");
    public static final Property newCue = property("newCue");
    public static final Property reportCue = property("reportCue");
    public static final Property frameCue = property("frameCue");
    public static final Property partnerCue = property("partnerCue");
    public static final Property severalCue = property("severalCue");
    public static final Property additionCue = property("additionCue");
    public static final Property conveyCue = property("conveyCue");
    public static final Property todayCue = property("todayCue");
    public static final Property respectiveCue = property("respectiveCue");
    public static final Property jointCue = property("jointCue");
    public static final Property ceremonyCue = property("ceremonyCue");
    public static final Property policyCue = property("policyCue");
    public static final Property occasionCue = property("occasionCue");
    public static final Property meansCue = property("meansCue");
    public static final Property pressCue = property("pressCue");
    public static final Property pronounCue = property("pronounCue");
    public static final Property resolveCue = property("resolveCue");
    public static final Property sidelineCue = property("sidelineCue");
    public static final Property foundingCue = property("foundingCue");
    public static final Property startCue = property("startCue");
    public static final Property appraisalCue = property("appraisalCue");
    public static final Property heldCue = property("heldCue");

    // Knowledge layer (graph/knowledge).
    public static final Property mention = property("mention");
    public static final Property fromArticle = property("fromArticle");
    public static final Property articleCount = property("articleCount");
    public static final Property mentionCount = property("mentionCount");
    public static final Property knowledgeKey = property("knowledgeKey");
    public static final Property involvesState = property("involvesState");
    public static final Property participantNames = property("participantNames");
    public static final Property participantPair = property("participantPair");
    public static final Property period = property("period");
    public static final Property periodHappening = property("periodHappening");
    public static final Property person1 = property("person1");
    public static final Property person2 = property("person2");
    public static final Property states1 = property("states1");
    public static final Property states2 = property("states2");
    public static final Property levelInterval = property("levelInterval");
    public static final Property establishmentClaim = property("establishmentClaim");
    public static final Property targetClaim = property("targetClaim");
    public static final Property sectorCoverage = property("sectorCoverage");
    public static final Property sector = property("sector");
    public static final Property sectorGroup = property("sectorGroup");
    public static final Property sectorGroupCoverage = property("sectorGroupCoverage");
    public static final Property sectorArticleCount = property("sectorArticleCount");
    public static final Property from = property("from");
    public static final Property fromPeriod = property("fromPeriod");
    public static final Property until = property("until");
    public static final Property announced = property("announced");
    public static final Property contradictedBy = property("contradictedBy");
    public static final Property preferred = property("preferred");
    public static final Property firstAttested = property("firstAttested");
    public static final Property lastAttested = property("lastAttested");
    public static final Property quote = property("quote");
    public static final Property partnerCount = property("partnerCount");
    public static final Property personCount = property("personCount");
    public static final Property happeningCount = property("happeningCount");
    public static final Property lastExtracted = property("lastExtracted");
    public static final Property displayName = property("displayName");

    private Dkg() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
