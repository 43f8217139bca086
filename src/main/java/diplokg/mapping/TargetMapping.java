package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.fact.Target;
import diplokg.vocab.Dkg;
import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/** A quantified goal: a {@code dkg:Target} with indicator concept, decimal value, unit and, when stated, a year. */
final class TargetMapping implements FactMapping<Target> {

    @Override
    public FactKind<Target> kind() {
        return Contract.TARGETS;
    }

    @Override
    public void write(Stated<Target> fact, int ordinal, ArticleGraph graph) {
        Target target = fact.fact();
        Resource node = graph.fact(graph.iris().articleFact("target", graph.articleId(), ordinal), Dkg.Target, fact)
                .addProperty(Dkg.pair, graph.relation(target.pair()))
                .addProperty(Dkg.indicator, graph.concept("indicator", target.indicator()))
                .addProperty(Dkg.value, decimal(target.value()), XSDDatatype.XSDdecimal)
                .addProperty(Dkg.unit, target.unit());
        if (target.year() != null) {
            node.addProperty(Dkg.targetYear, String.valueOf(target.year()), XSDDatatype.XSDgYear);
        }
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?c1 ?c2 ?indicator ?value ?unit ?year { GRAPH ?g { ?item a dkg:Target ; "
                + "dkg:pair ?rel ; dkg:indicator ?i ; dkg:value ?value ; dkg:unit ?unit "
                + "OPTIONAL { ?item dkg:targetYear ?year } "
                + Rows.PAIR + "} " + Rows.CODES + "?i skos:notation ?indicator }";
    }

    @Override
    public Target read(List<QuerySolution> rows) {
        QuerySolution row = rows.get(0);
        String year = Rows.string(row, "year");
        return new Target(Rows.pair(row), Rows.string(row, "indicator"), new BigDecimal(Rows.string(row, "value")),
                Rows.string(row, "unit"), year == null ? null : Integer.valueOf(year));
    }

    /**
     * The value in the canonical form of xsd:decimal: at least one decimal place and no trailing zero ("5.0", not
     * "5"; "2.5", not "2.50"). TDB2 (Jena 5.6.0) stores such numbers inline and reads them back in that form, whose id
     * differs from the one another spelling was stored under, so deleting the graph later left that triple behind;
     * the form it reads back round-trips.
     */
    static String decimal(BigDecimal value) {
        return XSDFuncOp.canonicalDecimalStr(value);
    }
}
