package diplokg.generate;

/** The agreement class of a French noun phrase: gender and number, as the adjectives and articles that follow it. */
enum Agreement {
    M, F, MP, FP;

    /** Parses {@code m}, {@code f}, {@code mp} or {@code fp}. */
    static Agreement of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** The agreement of a person: masculine or feminine singular. */
    static Agreement person(boolean feminine) {
        return feminine ? F : M;
    }

    boolean feminine() {
        return this == F || this == FP;
    }

    boolean plural() {
        return this == MP || this == FP;
    }
}
