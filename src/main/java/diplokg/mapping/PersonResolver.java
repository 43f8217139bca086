package diplokg.mapping;

/**
 * Decides which person resource a name stands for, so that one person named differently across articles ("Lương
 * Cường" / "Luong Cuong", "Loukachenko" / "Alexandre Loukachenko") is one resource. Implementations must be
 * thread-safe: workers map articles in parallel.
 */
public interface PersonResolver {

    /** Each name its own person, keyed by its accent-folded form: the resolver for a single article. */
    PersonResolver BY_NAME = (name, state) -> IriMinter.slug(name);

    /**
     * The identity slug of the person named {@code name} who serves {@code state} (an ISO code, or null); the same
     * slug for every name of the same person.
     */
    String slug(String name, String state);
}
