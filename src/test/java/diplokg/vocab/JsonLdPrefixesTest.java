package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** JSON-LD as any code of diplokg writes it, through Jena's registry: with the Turtle prefix of each IRI. */
class JsonLdPrefixesTest {

    private static final BaseIri BASE = BaseIri.DEFAULT;

    private static Model model() {
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(Namespaces.of(BASE));
        model.createResource(BASE.id("relation/FR-VN")).addProperty(Dkg.partner,
                model.createResource(BASE.id("state/FR")));
        model.createResource(BASE.id("happening/2024-05/visit/FR-VN")).addProperty(Dkg.involvesState,
                model.createResource(BASE.id("state/VN"))).addProperty(RDFS.seeAlso,
                model.createResource(BASE.id("month/2024-05")));
        return model;
    }

    private static String jsonLd(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.JSONLD);
        return out.toString();
    }

    @Test
    void writesEachIriUnderItsLongestNamespaceAsTurtleDoes() {
        String json = jsonLd(model());
        assertTrue(Pattern.compile("\"@id\"\\s*:\\s*\"state:FR\"").matcher(json).find(), json);
        assertTrue(Pattern.compile("\"@id\"\\s*:\\s*\"rel:FR-VN\"").matcher(json).find(), json);
        assertFalse(json.contains("id:state/") || json.contains("id:relation/"), json);
    }

    @Test
    void declaresOnlyThePrefixesUsedAndAnIriUnderTheHoldingOneAloneInFull() {
        String json = jsonLd(model());
        assertFalse(json.contains("\"foaf\""), "unused prefixes are not declared: " + json);
        // id: would also hold state: and rel:, so it is not declared; the month, under id: alone, is written in full.
        assertTrue(json.contains("\"" + BASE.id("month/2024-05") + "\""), json);
        assertTrue(Pattern.compile("\"@id\"\\s*:\\s*\"happening:2024-05/visit/FR-VN\"").matcher(json).find(), json);
        assertTrue(RDFParser.fromString(json, Lang.JSONLD).toModel().isIsomorphicWith(model()), json);
    }
}
