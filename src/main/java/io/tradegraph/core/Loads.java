package io.tradegraph.core;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * What a GraphQL field computed from figures needs loaded beyond the figures of its own scope, declared beside the
 * field: on its getter, record component or resolver method, or on its class for every field of the class.
 * {@code @Loads({})} says: nothing more. A query loads the union of what the fields it selects declare, so that it
 * reads no more rows, columns or periods than its answer needs.
 */
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface Loads {

    Need[] value();

    enum Need {
        /** Figures about single commodities, not only the totals. */
        COMMODITY_FIGURES,
        /** Figures about single markets, overall and per commodity. */
        MARKET_FIGURES,
        /** The figures of the enclosing whole that shares are taken of: the nation's, for a province-period. */
        WHOLE,
        /** The same periods a year earlier, for growth and targets. */
        YEAR_BEFORE,
        /** Periods of every kind, whatever kind was asked for: months are checked against years to date. */
        EVERY_KIND,
        /**
         * What each figure compares its amount with, as the article says it: its growths, rank, share and how much of
         * a plan it reaches. Fourteen columns, mostly empty, that a dashboard of amounts does not read.
         */
        FIGURE_COMPARISONS,
        /**
         * The provenance of each figure: its words (quote, note and paragraph), the largest columns, and its revision
         * and when it was recorded, the slowest to decode.
         */
        FIGURE_TEXT
    }
}
