package vn.wtcexpo.web.support;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The calls of this bean into the core are done again when they fail for a passing database reason
 * (deadlock, lock timeout, optimistic-lock clash, lost connection): see {@link RetriedInterceptor}. Every
 * API resource and page view carries it; the core's use cases are the transactions that get repeated.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Retried {
}
