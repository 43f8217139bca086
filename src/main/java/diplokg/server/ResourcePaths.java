package diplokg.server;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.irix.IRIs;

/**
 * Maps resource IRIs to the server's paths and back: {@code {base}id/x} is served at {@code /id/x} and the ontology
 * namespace at {@code /ontology}, so that the same paths work under any host name (localhost, a proxy, w3id.org
 * redirecting here).
 *
 * @param base the base IRI of resources
 */
record ResourcePaths(BaseIri base) {

    static final String ID_PATH = "/id";
    static final String ONTOLOGY_PATH = "/ontology";

    ResourcePaths {
        Objects.requireNonNull(base, "base");
    }

    /**
     * The IRI served at {@code /id} + {@code pathInfo} (already percent-decoded by the servlet container), or empty
     * when that path cannot name a resource (empty, or not a valid IRI once under the base).
     */
    Optional<String> iriOf(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String iri = base.id(pathInfo.substring(1));
        return IRIs.check(iri) ? Optional.of(iri) : Optional.empty();
    }

    /** A readable name for an IRI without label: the path under {@code {base}id/}, {@code dkg:Term}, or the IRI. */
    String shortName(String iri) {
        String resources = base.id("");
        if (iri.startsWith(resources) && iri.length() > resources.length()) {
            return iri.substring(resources.length());
        }
        return iri.startsWith(Dkg.NS) ? "dkg:" + iri.substring(Dkg.NS.length()) : iri;
    }

    /** Where a page links for {@code iri}: our resources and terms on this server, anything else where it is. */
    String hrefOf(String iri) {
        String resources = base.id("");
        if (iri.startsWith(resources) && iri.length() > resources.length()) {
            return ID_PATH + "/" + iri.substring(resources.length());
        }
        if (iri.startsWith(Dkg.NS)) {
            return ONTOLOGY_PATH + "#" + iri.substring(Dkg.NS.length());
        }
        if (iri.equals(Dkg.ONTOLOGY)) {
            return ONTOLOGY_PATH;
        }
        return iri;
    }
}
