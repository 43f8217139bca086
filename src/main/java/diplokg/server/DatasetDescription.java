package diplokg.server;

import diplokg.queries.SavedQuery;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.util.Collection;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID description of the served dataset ({@code /.well-known/void}, RFC 5785 and VoID §7): size, entities,
 * class and property partitions, where to query it (SPARQL endpoint, saved queries) and where to download it.
 * Addresses are absolute, built from the URL the client used.
 */
final class DatasetDescription {

    static final String PATH = "/.well-known/void";
    static final String DUMP_PATH = "/dumps/diplokg.nq.gz";

    private DatasetDescription() {
    }

    /**
     * The description, for a server reached at {@code root} ({@code http://host:port}).
     *
     * @param statistics the counts over the store
     * @param queries    the saved queries, each linked with its summary
     */
    static Model of(String root, BaseIri base, DatasetStatistics statistics, Collection<SavedQuery> queries) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Namespaces.of(base));
        Resource dataset = model.createResource(root + PATH + "#diplokg")
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, "diplokg: Vietnam's foreign relations in French-language news", "en")
                .addProperty(DCTerms.description, "Facts about Vietnam's foreign relations extracted from French"
                        + " news articles, one named graph per article, each fact linked to the sentence that"
                        + " states it.", "en")
                .addProperty(VOID.uriSpace, base.id(""))
                .addProperty(VOID.vocabulary, model.createResource(Dkg.ONTOLOGY))
                .addProperty(VOID.sparqlEndpoint, model.createResource(root + "/kg/sparql"))
                .addProperty(VOID.dataDump, model.createResource(root + DUMP_PATH))
                .addProperty(RDFS.seeAlso, model.createResource(root + OpenApiDocument.PATH));
        for (String format : new String[] {"Turtle", "JSON-LD", "N-Triples", "N-Quads"}) {
            dataset.addProperty(VOID.feature, model.createResource(Namespaces.FORMATS + format));
        }
        counts(model, dataset, statistics);
        for (SavedQuery query : queries) {
            Resource link = model.createResource(root + QueryListing.PATH + "/" + query.name())
                    .addProperty(DCTerms.title, query.summary(), "en");
            dataset.addProperty(RDFS.seeAlso, link);
        }
        return model;
    }

    private static void counts(Model model, Resource dataset, DatasetStatistics statistics) {
        dataset.addProperty(VOID.triples, integer(model, statistics.triples()))
                .addProperty(VOID.entities, integer(model, statistics.entities()))
                .addProperty(VOID.classes, integer(model, statistics.classes().size()))
                .addProperty(VOID.properties, integer(model, statistics.properties().size()));
        for (Map.Entry<String, Long> entry : statistics.classes().entrySet()) {
            dataset.addProperty(VOID.classPartition, model.createResource()
                    .addProperty(VOID._class, model.createResource(entry.getKey()))
                    .addProperty(VOID.entities, integer(model, entry.getValue())));
        }
        for (Map.Entry<String, Long> entry : statistics.properties().entrySet()) {
            dataset.addProperty(VOID.propertyPartition, model.createResource()
                    .addProperty(VOID.property, model.createResource(entry.getKey()))
                    .addProperty(VOID.triples, integer(model, entry.getValue())));
        }
    }

    /** A count as {@code xsd:integer}, the type VoID's examples use. */
    private static Literal integer(Model model, long value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }
}
