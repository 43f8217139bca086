package diplokg.vocab;

import java.io.OutputStream;
import java.io.Writer;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD written with the prefixes Turtle writes: each IRI under the longest namespace it extends
 * ({@code state:VN}, as in Turtle and the tables), wherever Jena writes JSON-LD (the pages' downloads, the saved-query
 * API, Fuseki's DESCRIBE and graph-store answers, the command line). Jena's JSON-LD writer makes the prefixes its
 * {@code @context} and leaves the choice among them to the JSON-LD compaction of titanium-json-ld, which takes the
 * lexicographically least compact IRI, not the shortest: with {@code id:} beside {@code state:} it wrote
 * {@code id:state/VN}, with {@code article:} it wrote {@code article:...}, two spellings of one vocabulary.
 *
 * <p>So the context holds the prefixes the data uses (by the longest namespace), less any whose namespace holds
 * another one used ({@code id:} when {@code state:} is used): every compact IRI is then the Turtle one. The price: an
 * IRI under {@code id:} alone ({@code id:month/2024-05}) is written in full when a longer prefix is used beside it.
 *
 * <p>Installed by Jena's start-up (a {@link JenaSubsystemLifecycle} in {@code META-INF/services}) around every
 * registered JSON-LD writer, after RIOT has registered them.
 */
public final class JsonLdPrefixes implements JenaSubsystemLifecycle {

    @Override
    public void start() {
        // Jena's JSON-LD writer is a dataset writer reading the dataset's own prefixes (not the prefix map it is
        // given); a graph is written as a dataset of one graph. Both go through the dataset writer here.
        for (RDFFormat format : RDFWriterRegistry.registeredDatasetFormats()) {
            WriterDatasetRIOTFactory jena = RDFWriterRegistry.getWriterDatasetFactory(format);
            if (!isJsonLd(format) || jena == null) {
                continue;
            }
            RDFWriterRegistry.register(format, (WriterDatasetRIOTFactory) f -> new Declaring(jena.create(f)));
            if (RDFWriterRegistry.getWriterGraphFactory(format) != null) {
                RDFWriterRegistry.register(format, (WriterGraphRIOTFactory) f -> new Declaring(jena.create(f)));
            }
        }
    }

    private static boolean isJsonLd(RDFFormat format) {
        return Lang.JSONLD.equals(format.getLang()) || Lang.JSONLD11.equals(format.getLang());
    }

    @Override
    public void stop() {
    }

    @Override
    public int level() {
        // After RIOT (20), which registers the JSON-LD writers.
        return 500;
    }

    /**
     * The prefixes of {@code prefixes} that the JSON-LD of the terms {@code nodes} declares: those some IRI among
     * them is written with (its longest namespace), less any whose namespace is a proper start of another's.
     */
    public static PrefixMap of(Iterator<Node> nodes, PrefixMap prefixes) {
        Map<String, String> all = prefixes == null ? Map.of() : prefixes.getMapping();
        Set<String> used = new HashSet<>();
        nodes.forEachRemaining(node -> iriOf(node).flatMap(iri -> Namespaces.prefixOf(all, iri))
                .ifPresent(e -> used.add(e.getKey())));
        PrefixMap declared = PrefixMapFactory.create();
        for (String prefix : used) {
            String namespace = all.get(prefix);
            boolean holdsAnother = used.stream().map(all::get)
                    .anyMatch(other -> other.length() > namespace.length() && other.startsWith(namespace));
            if (!holdsAnother) {
                declared.add(prefix, namespace);
            }
        }
        return declared;
    }

    /** An IRI, or a typed literal's datatype other than the plain string types. */
    private static Optional<String> iriOf(Node node) {
        if (node.isURI()) {
            return Optional.of(node.getURI());
        }
        if (node.isLiteral() && !node.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())
                && !node.getLiteralDatatypeURI().equals(RDF.dtLangString.getURI())) {
            return Optional.of(node.getLiteralDatatypeURI());
        }
        return Optional.empty();
    }

    private static Iterator<Node> nodes(DatasetGraph dataset) {
        return Stream.concat(Iter.asStream(dataset.listGraphNodes()),
                dataset.stream().flatMap((Quad q) -> Stream.of(q.getSubject(), q.getPredicate(), q.getObject())))
                .iterator();
    }

    /** {@code dataset} declaring {@code prefixes}, the JSON-LD ones. */
    private static DatasetGraph declaring(DatasetGraph dataset, PrefixMap prefixes) {
        return new DatasetGraphWrapper(dataset) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
    }

    /**
     * Jena's JSON-LD writer {@code jena}, given the dataset declaring only the prefixes the data uses and that prefix
     * map. One path for all four ways of writing: a graph is written as the dataset of that one graph (as Jena's own
     * JSON-LD writer does), a stream and a writer differ only in the last call.
     */
    private record Declaring(WriterDatasetRIOT jena) implements WriterDatasetRIOT, WriterGraphRIOT {

        /** Jena's writer given the dataset and prefixes to write with, and what else the caller gave. */
        @FunctionalInterface
        private interface Output {
            void write(WriterDatasetRIOT jena, DatasetGraph dataset, PrefixMap prefixes);
        }

        private void write(DatasetGraph dataset, PrefixMap prefixes, Output output) {
            PrefixMap declared = of(nodes(dataset), prefixes);
            output.write(jena, declaring(dataset, declared), declared);
        }

        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            write(dataset, prefixes, (writer, declared, used) -> writer.write(out, declared, used, base, context));
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            write(dataset, prefixes, (writer, declared, used) -> writer.write(out, declared, used, base, context));
        }

        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixes, String base, Context context) {
            write(out, DatasetGraphFactory.wrap(graph), prefixes, base, context);
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixes, String base, Context context) {
            write(out, DatasetGraphFactory.wrap(graph), prefixes, base, context);
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }
}
