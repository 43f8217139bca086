package diplokg.server;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} evaluated over {@link CancellableText}, so that it stops with its query. ARQ's own
 * {@link E_Regex} matches the plain string, which no timeout can interrupt.
 *
 * <p><b>Design decision.</b> Refusing "dangerous" patterns up front was the alternative: no static test is
 * complete ({@code (.*e){4}X} nests quantifiers, but {@code .*.*.*.*.*X} is polynomial without nesting and just as
 * slow on 400 characters), and a pattern may be computed from the data. Stopping the matcher when the query is
 * cancelled bounds every pattern by the query's timeout, refuses nothing a user may legitimately write, and costs
 * one counter increment per character read. Flags follow ARQ's Java engine: {@code i} (Unicode case-insensitive),
 * {@code s}, {@code m}, {@code x}, {@code q}.
 */
final class CancellableRegex extends E_Regex {

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(new CancellableText(text, cancelSignal(env))).find());
    }

    /**
     * Refuses to evaluate without a query: ARQ's optimizer folds constant expressions by calling this, at planning
     * time, where no timeout applies; refused, the call stays in the query and is evaluated with it.
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated with its query only");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    /** The pattern of a REGEX or REPLACE call, compiled as ARQ's Java engine compiles it. */
    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REGEX: pattern and flags must be strings");
        }
        int mask = 0;
        for (char flag : (flags == null ? "" : flags.getString()).toCharArray()) {
            mask |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 's' -> Pattern.DOTALL;
                case 'm' -> Pattern.MULTILINE;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("REGEX: unknown flag '" + flag + "'");
            };
        }
        try {
            return Pattern.compile(pattern.getString(), mask);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("REGEX: bad pattern: " + e.getDescription());
        }
    }

    /** The cancel signal of the query evaluating an expression; a fresh, never-set one outside a query. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext context && context.getCancelSignal() != null) {
            return context.getCancelSignal();
        }
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        return signal != null ? signal : new AtomicBoolean();
    }

    /** SPARQL {@code REPLACE}, with the same stop as {@link CancellableRegex}. */
    static final class Replace extends E_StrReplace {

        Replace(Expr text, Expr pattern, Expr replacement, Expr flags) {
            super(text, pattern, replacement, flags);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            NodeValue text = args.get(0);
            NodeValueOps.checkAndGetStringLiteral("REPLACE", text);
            Pattern pattern = compile(args.get(1), args.size() > 3 ? args.get(3) : null);
            if (pattern.matcher("").matches()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            String replaced = pattern.matcher(new CancellableText(text.getString(), cancelSignal(env)))
                    .replaceAll(args.get(2).getString());
            Node original = text.asNode();
            return NodeValue.makeNode(original.getLiteralLanguage().isEmpty()
                    ? NodeFactory.createLiteralDT(replaced, original.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(replaced, original.getLiteralLanguage()));
        }

        /** Refuses to evaluate without a query, as {@link CancellableRegex#eval(List)}. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            throw new ExprEvalException("REPLACE is evaluated with its query only");
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3)
                    : null);
        }
    }
}
