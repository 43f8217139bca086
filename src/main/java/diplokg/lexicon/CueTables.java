package diplokg.lexicon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/** The cue phrases of every {@link CueFamily}, one phrase table per family and subject (a class or a concept). */
final class CueTables {

    private final Map<CueFamily, Map<String, PhraseTable<Boolean>>> tables;

    CueTables(Model model) {
        Map<CueFamily, Map<String, PhraseTable<Boolean>>> byFamily = new EnumMap<>(CueFamily.class);
        for (CueFamily family : CueFamily.values()) {
            byFamily.put(family, collect(model, family));
        }
        this.tables = byFamily;
    }

    /** The phrases of {@code family} stated on the subject {@code iri}; empty when it has none. */
    PhraseTable<Boolean> of(CueFamily family, String iri) {
        return tables.get(family).getOrDefault(iri, PhraseTable.<Boolean>builder().build());
    }

    /** Every value of the family's property, in the phrase table of its subject. */
    private static Map<String, PhraseTable<Boolean>> collect(Model model, CueFamily family) {
        Map<String, PhraseTable.Builder<Boolean>> builders = new HashMap<>();
        model.listStatements(null, family.property(), (RDFNode) null).forEachRemaining(s -> builders
                .computeIfAbsent(s.getSubject().getURI(), k -> PhraseTable.builder())
                .add(s.getString(), true));
        Map<String, PhraseTable<Boolean>> tables = new HashMap<>();
        builders.forEach((iri, builder) -> tables.put(iri, builder.build()));
        return Map.copyOf(tables);
    }
}
