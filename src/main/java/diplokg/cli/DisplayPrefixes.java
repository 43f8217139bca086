package diplokg.cli;

import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes the CLI shortens IRIs with when it writes RDF or reports: those of the query tables plus the
 * vocabularies of provenance and of the shapes, and {@code id:} for any other resource under the base.
 */
final class DisplayPrefixes {

    private DisplayPrefixes() {
    }

    static PrefixMapping of(ProjectOptions project) {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(QuerySession.prefixes(project))
                .setNsPrefix("id", project.base().id(""))
                .setNsPrefix("graph", project.base().graph(""))
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("dkgsh", "https://w3id.org/diplokg/shapes#")
                .lock();
    }
}
