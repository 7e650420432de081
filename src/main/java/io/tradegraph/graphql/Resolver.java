package io.tradegraph.graphql;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks GraphQL resolvers that read the database. Unexpected failures are reported as {@link ServerError}, and
 * each invocation that works through Hibernate gets its own Vert.x context and therefore its own Hibernate Reactive
 * session.
 * <p>
 * Why: graphql-java resolves sibling fields concurrently on one Vert.x context, and Hibernate Reactive keeps one
 * session per context, so two aliased root fields would otherwise share a session that is not safe for
 * concurrent use (quarkusio/quarkus#32870).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface Resolver {

    /**
     * Whether the resolver works through Hibernate and so needs a session. Resolvers that read through the SQL
     * client go without: Hibernate Reactive takes a pooled connection when it opens a session and keeps it to the
     * end (hibernate-reactive#2518), so a session around reads that each need a connection of their own would
     * hold one connection idle per request, and under load every connection could be held while waiting for one.
     */
    @Nonbinding
    boolean session() default true;
}
