package diplokg.server;

import java.util.List;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What ARQ's timeout does not stop, stopped where the served dataset evaluates queries: every query on it, through
 * {@code /kg/sparql}, {@code /kg-admin}, the saved-query API or the {@code /id} pages, is planned with these guards.
 * <ul>
 * <li>{@code REGEX} and {@code REPLACE} match through {@link CancellableText}, so they end with their query
 * ({@link CancellableRegex});</li>
 * <li>{@code GROUP_CONCAT} holds at most {@value BoundedGroupConcat#MAX_LENGTH} characters
 * ({@link BoundedGroupConcat});</li>
 * <li>{@code SERVICE} calls only the endpoints the {@link FederationPolicy} allows.</li>
 * </ul>
 *
 * <p>How: the first two rewrite the algebra before ARQ's own optimizer, through the optimizer factory that ARQ reads
 * from the dataset's context ({@link ARQConstants#sysOptimizerFactory}); the third is the first link of the
 * dataset's own service executor chain ({@link ServiceExecutorRegistry#set}). Both are settings of this dataset's
 * context, not of ARQ's global state, so other datasets in the same JVM (tests, the CLI) are untouched.
 */
final class QueryGuards {

    private QueryGuards() {
    }

    /** Installs the guards in {@code dataset}'s context; call once, before the server starts. */
    static void install(DatasetGraph dataset, FederationPolicy federation) {
        Context context = dataset.getContext();
        RewriteFactory standard = Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> {
            var optimizer = standard.create(cxt);
            // Guarded before ARQ optimizes: its constant folding would otherwise run REGEX("...", "(.*e){4}X") at
            // planning time, where nothing can stop it.
            return op -> optimizer.rewrite(guard(op));
        });
        ServiceExecutorRegistry services = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(services);
        // addSingleLink puts the link first in the chain, before the HTTP executor.
        services.addSingleLink(federation.executor());
        ServiceExecutorRegistry.set(context, services);
    }

    /** {@code op} with the cancellable regular expressions and the bounded GROUP_CONCAT. */
    static Op guard(Op op) {
        return Transformer.transform(new BoundedGroups(), new CancellableExpressions(), op);
    }

    /** REGEX and REPLACE become their cancellable versions. */
    private static final class CancellableExpressions extends ExprTransformCopy {

        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex && !(function instanceof CancellableRegex)) {
                return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            if (function instanceof E_StrReplace && !(function instanceof CancellableRegex.Replace)) {
                return new CancellableRegex.Replace(args.get(0), args.get(1), args.get(2),
                        args.size() > 3 ? args.get(3) : null);
            }
            return super.transform(function, args);
        }
    }

    /** GROUP_CONCAT aggregates become bounded ones. */
    private static final class BoundedGroups extends TransformCopy {

        @Override
        public Op transform(OpGroup group, Op sub) {
            List<ExprAggregator> aggregators = group.getAggregators().stream()
                    .map(a -> new ExprAggregator(a.getVar(), BoundedGroupConcat.of(a.getAggregator())))
                    .toList();
            return OpGroup.create(sub, group.getGroupVars(), aggregators);
        }
    }
}
