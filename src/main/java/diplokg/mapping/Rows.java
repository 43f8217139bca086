package diplokg.mapping;

import diplokg.fact.StatePair;
import org.apache.jena.query.QuerySolution;

/** The SPARQL pieces and row readings that several fact mappings share. */
final class Rows {

    /** Binds the two states of the relation {@code ?rel} as {@code ?s1 < ?s2}; use inside the article's graph. */
    static final String PAIR = "?rel dkg:partner ?s1 , ?s2 FILTER(STR(?s1) < STR(?s2)) ";
    /** Binds the ISO codes {@code ?c1 ?c2} of {@code ?s1 ?s2}, from the reference data (outside article graphs). */
    static final String CODES = "?s1 dkg:iso2 ?c1 . ?s2 dkg:iso2 ?c2 . ";

    private Rows() {
    }

    /** The lexical form of {@code variable}, or null when unbound. */
    static String string(QuerySolution row, String variable) {
        return row.contains(variable) ? row.get(variable).asLiteral().getLexicalForm() : null;
    }

    /** The pair of codes {@code ?c1 ?c2}. */
    static StatePair pair(QuerySolution row) {
        return StatePair.of(string(row, "c1"), string(row, "c2"));
    }
}
