package diplokg.server;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Namespaces;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The SPARQL 1.1 Service Description of the public endpoint: what it supports (SPARQL 1.1 Query, the union of
 * named graphs as default graph), the formats it answers in, and where the VoID description is.
 */
final class ServiceDescription {

    /** The SPARQL Service Description namespace; Jena has no vocabulary class for it. */
    static final String NS = Namespaces.SD;

    private ServiceDescription() {
    }

    /** The description of the endpoint at {@code endpoint}, for a server reached at {@code root}. */
    static Model of(String root, String endpoint, BaseIri base) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Namespaces.of(base));
        Resource service = model.createResource()
                .addProperty(RDF.type, model.createResource(NS + "Service"))
                .addProperty(property(model, "endpoint"), model.createResource(endpoint))
                .addProperty(property(model, "supportedLanguage"), model.createResource(NS + "SPARQL11Query"))
                .addProperty(property(model, "feature"), model.createResource(NS + "UnionDefaultGraph"))
                .addProperty(RDFS.seeAlso, model.createResource(root + DatasetDescription.PATH));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            service.addProperty(property(model, "resultFormat"),
                    model.createResource(Namespaces.FORMATS + format));
        }
        Resource dataset = model.createResource()
                .addProperty(RDF.type, model.createResource(NS + "Dataset"))
                .addProperty(property(model, "defaultGraph"), model.createResource()
                        .addProperty(RDF.type, model.createResource(NS + "Graph"))
                        .addProperty(RDFS.comment, "The union of the named graphs: one per article, plus the"
                                + " reference data (ontology, vocabularies, states).", "en"));
        service.addProperty(property(model, "defaultDataset"), dataset);
        return model;
    }

    private static Property property(Model model, String local) {
        return model.createProperty(NS, local);
    }
}
