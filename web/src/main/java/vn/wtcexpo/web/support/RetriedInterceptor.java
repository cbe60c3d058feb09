package vn.wtcexpo.web.support;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;

/**
 * Repeats a call that failed for a passing database reason, up to {@link #ATTEMPTS} times with a short,
 * random, growing pause; then lets the failure through (the API answers 503 with {@code Retry-After}).
 * Each attempt is a new transaction of the core: the failed one rolled back entirely. Nested calls
 * (one retried bean calling another) are repeated only by the outermost.
 */
@Retried
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RetriedInterceptor implements Serializable {

    public static final int ATTEMPTS = 4;
    private static final Logger LOG = Logger.getLogger(RetriedInterceptor.class.getName());
    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (Boolean.TRUE.equals(ACTIVE.get())) {
            return call.proceed();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return call.proceed();
                } catch (Exception e) {
                    if (attempt >= ATTEMPTS || !DatabaseFailures.isTransient(e)) {
                        throw e;
                    }
                    int round = attempt;
                    LOG.info(() -> "Passing database failure in " + call.getMethod().getDeclaringClass().getSimpleName()
                            + "." + call.getMethod().getName() + ", attempt " + round + " of " + ATTEMPTS + ": " + e);
                    long pause = (25L << attempt) + ThreadLocalRandom.current().nextLong(50L << attempt);
                    Thread.sleep(pause);
                }
            }
        } finally {
            ACTIVE.remove();
        }
    }
}
