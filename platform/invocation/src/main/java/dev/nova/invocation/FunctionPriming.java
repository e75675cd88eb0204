package dev.nova.invocation;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a function's {@link Primer} beans, in their order, once its context has started: the Lambda entries' own
 * constructors call it, so it runs during init, before SnapStart takes its snapshot. Connections opened while
 * priming do not end up in the snapshot: micronaut-crac's Hikari resource suspends the pool and closes them before
 * the checkpoint, and resumes it after a restore. A primer that fails is logged and skipped: the first request then
 * pays for what it would have warmed, nothing else changes.
 */
public final class FunctionPriming {

    private static final Logger LOG = LoggerFactory.getLogger(FunctionPriming.class);

    private FunctionPriming() {
    }

    /** Runs every primer of {@code beans}; answers how many succeeded. */
    public static int run(BeanContext beans) {
        long started = System.nanoTime();
        int primed = 0;
        for (BeanRegistration<Primer> registration : beans.getBeanRegistrations(Primer.class)) {
            try {
                registration.bean().prime();
                primed++;
            } catch (RuntimeException e) {
                LOG.warn("priming with {} failed; the first request will warm what it would have",
                        registration.getBeanDefinition().getBeanType().getSimpleName(), e);
            }
        }
        LOG.info("primed {} in {} ms", primed, (System.nanoTime() - started) / 1_000_000);
        return primed;
    }
}
