package io.tradegraph.figure;

import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * How a field of {@link FigureInput}, the one description of what a figure states, is stored and bounded, where its
 * type alone does not say it. {@link FigureColumns} derives the rest from the field's name and type.
 */
@Retention(RUNTIME)
@Target(RECORD_COMPONENT)
public @interface Column {

    /** The table's column; the field's name in snake case when empty ({@code growthLow} is {@code growth_low}). */
    String value() default "";

    /** What values it may hold before anything is computed from it; by its type when {@link Bound#BY_TYPE}. */
    Bound bound() default Bound.BY_TYPE;

    /** Which queries read it: every one, or only those that select a field computed from its group. */
    Group group() default Group.STATEMENT;

    /**
     * For a code of a reference record, the record's table: the figure table holds the record's integer key beside
     * the code ({@code <table>_id}; V12's foreign keys hold the pair to the record), and reads take the key, looked up
     * in the catalog ({@code Snapshot.Keyed}), rather than the code as a string.
     */
    String references() default "";

    enum Group {
        /** What the figure states and of whom: read by every query. */
        STATEMENT,
        /**
         * A comparison the article makes beside the amount (a growth, a rank, a share, how much of a plan): read only by
         * queries that select one ({@code @Loads(FIGURE_COMPARISONS)}).
         */
        COMPARISON,
        /**
         * Part of the provenance (where the article says it, in which words): read only by queries that select it
         * ({@code @Loads(FIGURE_TEXT)}), and kept as written, spaces included.
         */
        PROVENANCE
    }

    enum Bound {
        /** A text is a code, a number an amount in whole units, an integer a count from 1; other types are closed. */
        BY_TYPE,
        /** A code: up to 40 characters, nothing that displays otherwise than it reads. */
        CODE,
        /** An amount in whole units: up to 18 integer digits. */
        AMOUNT,
        /** A growth in percent: from −100 to 100000, at most 4 decimals. */
        GROWTH,
        /** A share in percent: from 0 to 100, at most 4 decimals. */
        SHARE,
        /** A percent of a plan or target, which a figure may exceed: from 0 to 100000, at most 4 decimals. */
        PERCENT,
        /** A multiple of a value a growth is stated as: above 0, up to 1000, at most 4 decimals. */
        MULTIPLE,
        /** A count from 1: a paragraph, a rank. */
        COUNT,
        /** Words of the article: up to 200 characters on one line. */
        QUOTE,
        /** A note: up to 1000 characters, line breaks allowed. */
        NOTE,
        /** A value of a closed set (an enumeration, a truth value): nothing to bound. */
        NONE
    }
}
