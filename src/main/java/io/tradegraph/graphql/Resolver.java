package io.tradegraph.graphql;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks GraphQL resolvers that read the database. Each invocation gets its own Vert.x context and therefore its
 * own Hibernate Reactive session, and unexpected failures are reported as {@link ServerError}.
 * <p>
 * Why: graphql-java resolves sibling fields concurrently on one Vert.x context, and Hibernate Reactive keeps one
 * session per context, so two aliased root fields would otherwise share a session that is not safe for
 * concurrent use (quarkusio/quarkus#32870).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface Resolver {
}
