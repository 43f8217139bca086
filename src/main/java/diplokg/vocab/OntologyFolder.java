package diplokg.vocab;

import diplokg.DiplokgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;

/**
 * The project's {@code ontology/} folder: its Turtle files (the ontology, the SKOS vocabularies, the states, the
 * SHACL shapes), read the one way every user reads them: files ending in {@code .ttl}, in name order, and a file
 * that does not parse named in the error. The lexicon, the reference graph, the {@code /ontology} document and the
 * validator's shapes all come from here. Immutable; reads the disk at each call.
 *
 * @param folder the folder
 */
public record OntologyFolder(Path folder) {

    public OntologyFolder {
        Objects.requireNonNull(folder, "ontology folder");
    }

    /** The Turtle files of the folder, by name. */
    public List<Path> files() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot read the ontology folder: " + e.getMessage(), e);
        }
    }

    /** Every file in one model, with the files' prefixes. */
    public Model model() {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files()) {
            Model one = read(file);
            model.add(one).setNsPrefixes(one.getNsPrefixMap());
        }
        return model;
    }

    /**
     * The files' names and text, in order: what changes exactly when the folder's content does (a parsed graph
     * would not do, its blank-node labels change at every parse).
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Path file : files()) {
            try {
                text.append(file.getFileName()).append('\n').append(Files.readString(file));
            } catch (IOException e) {
                throw new DiplokgException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        return text.toString();
    }

    /** One Turtle file, with its prefixes; an error names the file and the problem. */
    public static Model read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DiplokgException(file + ": no such file");
        }
        try {
            return RDFDataMgr.loadModel(file.toString());
        } catch (RiotException e) {
            throw new DiplokgException(file + ": not valid Turtle: " + e.getMessage(), e);
        }
    }
}
