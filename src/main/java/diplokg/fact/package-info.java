/**
 * The fact model: one record per fact kind of the extraction contract ({@code annotations.md}), and one
 * {@link diplokg.fact.FactKind} declaration per kind in {@link diplokg.fact.Contract} saying how its items are named in
 * the JSON and how they are scored. Recognition produces these records, mapping writes and reads them as RDF, the
 * generator records them as gold and evaluation scores them: every stage speaks of a fact in this one shape. A leaf:
 * it imports no other stage.
 */
package diplokg.fact;


