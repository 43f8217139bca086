package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
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

    @Test
    void aGraphOrADatasetToAStreamOrAWriterAreWrittenAlike() {
        Model model = model();
        Dataset dataset = DatasetFactory.wrap(model);
        ByteArrayOutputStream graphStream = new ByteArrayOutputStream();
        RDFDataMgr.write(graphStream, model, Lang.JSONLD);
        StringWriter graphWriter = new StringWriter();
        RDFDataMgr.write(graphWriter, model, Lang.JSONLD);
        ByteArrayOutputStream datasetStream = new ByteArrayOutputStream();
        RDFDataMgr.write(datasetStream, dataset, Lang.JSONLD);
        StringWriter datasetWriter = new StringWriter();
        RDFDataMgr.write(datasetWriter, dataset, Lang.JSONLD);
        List<String> written = List.of(graphStream.toString(StandardCharsets.UTF_8), graphWriter.toString(),
                datasetStream.toString(StandardCharsets.UTF_8), datasetWriter.toString());
        for (String json : written) {
            assertEquals(written.get(0), json);
        }
        assertTrue(Pattern.compile("\"@id\"\\s*:\\s*\"state:FR\"").matcher(written.get(0)).find(), written.get(0));
        assertFalse(written.get(0).contains("\"foaf\""), written.get(0));
    }

    @Test
    void aNamedGraphOfADatasetIsWrittenWithTheTurtlePrefixesToo() {
        Dataset dataset = DatasetFactory.create();
        dataset.getPrefixMapping().setNsPrefixes(Namespaces.of(BASE));
        dataset.addNamedModel(BASE.id("relation/FR-VN"), model());
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dataset, Lang.JSONLD);
        String json = out.toString();
        assertTrue(Pattern.compile("\"@id\"\\s*:\\s*\"rel:FR-VN\"").matcher(json).find(), json);
        assertFalse(json.contains("id:state/") || json.contains("\"foaf\""), json);
    }
}
