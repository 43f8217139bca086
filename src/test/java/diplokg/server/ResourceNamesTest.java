package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.knowledge.DateText;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class ResourceNamesTest {

    private static final String ID = "http://example.org/kg/id/";

    private final ResourceNames names = new ResourceNames(new ResourcePaths(new BaseIri("http://example.org/kg/")));
    private final Model model = ModelFactory.createDefaultModel();

    @Test
    void aLabelIsEnglishElseFrenchElseWithoutLanguage() {
        Resource both = model.createResource(ID + "state/RU")
                .addProperty(SKOS.prefLabel, "Russie", "fr").addProperty(SKOS.prefLabel, "Russia", "en");
        Resource french = model.createResource(ID + "sector/x").addProperty(SKOS.prefLabel, "pêche", "fr")
                .addProperty(RDFS.label, "fishing");
        Resource asWritten = model.createResource(ID + "person/luong-cuong")
                .addProperty(Dkg.name, "Lương Cường").addProperty(Dkg.name, "Luong Cuong");
        assertEquals("Russia", names.name(model, both));
        assertEquals("pêche", names.name(model, french));
        assertEquals("Luong Cuong", names.name(model, asWritten), "the least spelling, as the saved queries' MIN");
    }

    @Test
    void aPositionIsNamedByItsHolderRoleAndStateEachByItsLabel() {
        Resource role = model.createResource(ID + "role/ambassador").addProperty(SKOS.prefLabel, "ambassadeur", "fr")
                .addProperty(SKOS.prefLabel, "ambassador", "en");
        Resource state = model.createResource(ID + "state/FR").addProperty(SKOS.prefLabel, "France", "fr");
        Resource person = model.createResource(ID + "person/x").addProperty(Dkg.name, "Jean X");
        Resource position = model.createResource(ID + "position/x/ambassador/FR").addProperty(RDF.type, Dkg.Position)
                .addProperty(Dkg.holder, person).addProperty(Dkg.role, role).addProperty(Dkg.forState, state);
        assertEquals("Jean X · ambassador · France", names.name(model, position));
    }

    @Test
    void anEventIsNamedByItsTypeDateAndPlaceRatherThanByTheLabelWrittenWithTheTypesCode() {
        Resource meeting = model.createResource(ID + "event-type/meeting")
                .addProperty(SKOS.prefLabel, "rencontre", "fr").addProperty(SKOS.prefLabel, "meeting", "en");
        Resource event = model.createResource(ID + "happening/2024-11-13/meeting/PE-VN")
                .addProperty(RDF.type, Dkg.Happening).addProperty(RDFS.label, "meeting, 2024-11-13, Lima")
                .addProperty(Dkg.eventType, meeting).addProperty(Dkg.date, "2024-11-13").addProperty(Dkg.place, "Lima");
        assertEquals("meeting · 2024-11-13 · Lima", names.name(model, event));
    }

    @Test
    void aDayWithoutAYearIsWrittenInWordsNotAsIsosDashes() {
        Resource event = model.createResource(ID + "happening/undated/a1-0").addProperty(RDF.type, Dkg.Happening)
                .addProperty(Dkg.date, "--10-31").addProperty(Dkg.place, "Hanoï");
        assertEquals("31 Oct, no year · Hanoï", names.name(model, event));
        assertEquals("2024-10", DateText.readable("2024-10"));
        assertEquals("--13-01", DateText.readable("--13-01"), "no month 13: left as it is");
    }

    @Test
    void aSentenceIsNamedByItsTextCutWhenLong() {
        Resource shortOne = model.createResource(ID + "article/a1/sentence/0").addProperty(RDF.type, Dkg.Sentence)
                .addProperty(Dkg.text, "Le Viêt Nam et la France signent un accord.");
        Resource longOne = model.createResource(ID + "article/a1/sentence/1").addProperty(RDF.type, Dkg.Sentence)
                .addProperty(Dkg.text, "mot ".repeat(60));
        assertEquals("Le Viêt Nam et la France signent un accord.", names.name(model, shortOne));
        String cut = names.name(model, longOne);
        assertEquals(ResourceNames.SENTENCE_CHARACTERS, cut.length(), cut);
        assertEquals('…', cut.charAt(cut.length() - 1));
    }

    @Test
    void whatHasNoNameIsShownInTheShortFormOfTheTables() {
        assertEquals("article:a1", names.name(model, model.createResource(ID + "article/a1")));
        assertEquals("rel:FR-VN", names.name(model, model.createResource(ID + "relation/FR-VN")));
        assertEquals("partnership:a1-0", names.name(model, model.createResource(ID + "partnership/a1-0")));
    }
}
