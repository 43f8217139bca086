package diplokg.mapping;

import diplokg.fact.StatePair;
import diplokg.nlp.TextFolder;
import diplokg.vocab.BaseIri;
import java.util.Objects;

/**
 * Mints the IRIs of diplokg resources under a {@link BaseIri}.
 *
 * <p>IRIs are deterministic: the same article loaded again gets the same IRIs, and the same person spelled with or
 * without diacritics ("Lương Cường", "Luong Cuong") gets one IRI, because people and organisations are keyed by
 * their accent-folded name ({@link TextFolder#key}). Labels keep the original spelling; only the key is folded.
 */
public final class IriMinter {

    private final BaseIri base;

    public IriMinter(BaseIri base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    public BaseIri base() {
        return base;
    }

    public String article(String articleId) {
        return base.id("article/" + segment(articleId));
    }

    public String sentence(String articleId, int index) {
        return article(articleId) + "/sentence/" + index;
    }

    public String extraction(String articleId) {
        return article(articleId) + "/extraction";
    }

    public String state(String code) {
        return base.id("state/" + code);
    }

    public String relation(StatePair pair) {
        return base.id("relation/" + pair.key());
    }

    /** The person with identity slug {@code slug} (see {@link PersonResolver}). */
    public String person(String slug) {
        return base.id("person/" + slug);
    }

    /** The position of the person with identity slug {@code slug}. */
    public String position(String slug, String role, String state) {
        return base.id("position/" + slug + "/" + role + (state == null ? "" : "/" + state));
    }

    public String organization(String name) {
        return base.id("organization/" + slug(name));
    }

    /** A fact stated by one article ({@code kind} "event", "partnership" ...), numbered in text order. */
    public String articleFact(String kind, String articleId, int ordinal) {
        return base.id(kind + "/" + segment(articleId) + "-" + ordinal);
    }

    public String concept(String scheme, String id) {
        return base.id(scheme + "/" + id);
    }

    public String agent() {
        return base.id("agent/diplokg");
    }

    /** The accent-folded, hyphen-joined form of a name used in IRIs: "Lương Cường" becomes "luong-cuong". */
    public static String slug(String name) {
        String key = TextFolder.key(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("cannot mint an IRI for the name '" + name + "'");
        }
        return key.replace(' ', '-');
    }

    private static String segment(String raw) {
        return BaseIri.segment(raw);
    }
}
