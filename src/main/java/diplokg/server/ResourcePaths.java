package diplokg.server;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import diplokg.vocab.Namespaces;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.irix.IRIs;
import org.apache.jena.shared.PrefixMapping;

/**
 * Maps resource IRIs to the server's paths and back: {@code {base}id/x} is served at {@code /id/x} and the ontology
 * namespace at {@code /ontology}, so that the same paths work under any host name (localhost, a proxy, w3id.org
 * redirecting here).
 *
 * @param base     the base IRI of resources
 * @param prefixes the prefixes of the tables ({@link Namespaces#of}), for IRIs shown as text
 */
record ResourcePaths(BaseIri base, PrefixMapping prefixes) {

    static final String ID_PATH = "/id";
    static final String ONTOLOGY_PATH = "/ontology";

    ResourcePaths {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(prefixes, "prefixes");
    }

    ResourcePaths(BaseIri base) {
        this(base, Namespaces.of(base));
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

    /**
     * An IRI as the pages show it where no name can stand for it: in the short form the tables of the query pages
     * and of the command line write ({@code article:004_…}, {@code rel:FR-VN}, {@code dkg:Article}), so that one IRI
     * has one spelling across the site, and a form field takes it as it is shown; the full IRI when no prefix fits.
     */
    String shown(String iri) {
        return Namespaces.shortForm(prefixes, iri).orElse(iri);
    }

    /** The path under {@code {base}id/}, {@code dkg:Term}, or the IRI: what a page derives anchors and kinds from. */
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
