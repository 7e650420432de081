package io.tradegraph.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.smallrye.mutiny.Uni;

@Resolver
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ResolverInterceptor {

    @AroundInvoke
    Object isolate(InvocationContext invocation) throws Exception {
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return invocation.proceed();
        }
        String what = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        Resolver resolver = invocation.getMethod().isAnnotationPresent(Resolver.class)
                ? invocation.getMethod().getAnnotation(Resolver.class)
                : invocation.getMethod().getDeclaringClass().getAnnotation(Resolver.class);
        return resolver != null && !resolver.session()
                ? IsolatedSession.withoutSession(what, () -> proceed(invocation))
                : IsolatedSession.run(what, () -> proceed(invocation));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }
}
