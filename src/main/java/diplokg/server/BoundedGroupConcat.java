package diplokg.server;

import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code GROUP_CONCAT} whose result may hold at most {@value #MAX_LENGTH} characters: past that the query is denied
 * ({@link QueryDeniedException}, which Fuseki answers 422 with the message). ARQ's own accumulator grows one string
 * without bound, and a {@code GROUP_CONCAT} over a cross product filled a 1 GiB heap in five seconds, well inside the
 * query timeout, taking every other request down with it. No published saved query concatenates more than a few
 * hundred characters per group.
 */
final class BoundedGroupConcat {

    /** The longest result of one GROUP_CONCAT, in characters (2 MB of heap). */
    static final int MAX_LENGTH = 1 << 20;

    private BoundedGroupConcat() {
    }

    /** The bounded equivalent of {@code aggregator} when it is a GROUP_CONCAT; otherwise {@code aggregator}. */
    static Aggregator of(Aggregator aggregator) {
        if (aggregator instanceof AggGroupConcat concat && !(concat instanceof Plain)) {
            return new Plain(concat.getExprList().get(0), concat.getSeparator());
        }
        if (aggregator instanceof AggGroupConcatDistinct concat && !(concat instanceof Distinct)) {
            return new Distinct(concat.getExprList().get(0), concat.getSeparator());
        }
        return aggregator;
    }

    /** GROUP_CONCAT. */
    static final class Plain extends AggGroupConcat {

        Plain(Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExpr(), false, getSeparator());
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), getSeparator());
        }
    }

    /** GROUP_CONCAT(DISTINCT ...). */
    static final class Distinct extends AggGroupConcatDistinct {

        Distinct(Expr expr, String separator) {
            super(expr, separator);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExpr(), true, getSeparator());
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator());
        }
    }

    /** The running concatenation of one group; an error in one value makes the whole result an error, as in ARQ. */
    private static final class Concatenation extends AccumulatorExpr {

        private final String separator;
        private final StringBuilder text = new StringBuilder();
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
        }

        @Override
        protected void accumulate(NodeValue value, Binding binding, FunctionEnv env) {
            if (!first) {
                text.append(separator);
            }
            first = false;
            text.append(value.asString());
            if (text.length() > MAX_LENGTH) {
                throw new QueryDeniedException("GROUP_CONCAT result longer than " + MAX_LENGTH
                        + " characters; the query was stopped (aggregate smaller groups, or use LIMIT)");
            }
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // AccumulatorExpr counts the error; getValue then answers no value, as ARQ's GROUP_CONCAT does.
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
