package io.tradegraph.graphql;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

@Resolver
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ResolverInterceptor {

    private static final Logger LOG = Logger.getLogger(ResolverInterceptor.class);

    @AroundInvoke
    Object isolate(InvocationContext invocation) throws Exception {
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            return invocation.proceed();
        }
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return withOwnSession(invocation);
        }
        Context isolated = VertxContext.createNewDuplicatedContext(caller);
        VertxContextSafetyToggle.setContextSafe(isolated, true);
        return Uni.createFrom().<Object> emitter(emitter -> isolated.runOnContext(ignored -> withOwnSession(invocation)
                .subscribe().with(emitter::complete, emitter::fail)))
                .emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    private Uni<Object> withOwnSession(InvocationContext invocation) {
        return Panache.withSession(() -> proceed(invocation))
                .onFailure(failure -> !(failure instanceof ClientError)).transform(failure -> {
                    LOG.errorf(failure, "GraphQL resolver %s.%s failed",
                            invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName());
                    return new ServerError();
                });
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
