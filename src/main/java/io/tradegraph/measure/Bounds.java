package io.tradegraph.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a value written to the database may be, checked before anything is computed from it: a number's size is read
 * off its representation (digits and scale, both O(1)), so that {@code 1e1000000} is refused at once instead of being
 * expanded into a million digits by the first {@code stripTrailingZeros}. Each check answers the reason a value is
 * refused, for people, or null when it is fine. GraphQL inputs, CSV files and the seed all go through these.
 */
public final class Bounds {

    /**
     * Integer digits of an amount: 10^18 is far beyond any trade figure, in VND (the world's yearly exports are about
     * 6 × 10^17) or tonnes, and within a bigint, as which amounts are read.
     */
    public static final int AMOUNT_DIGITS = 18;
    /** Decimal places of a percentage as articles write them (12,35%), with room to spare. */
    public static final int PERCENT_SCALE = 4;
    /** A growth above this many percent (a thousandfold) is a typo, not a trade figure. */
    public static final BigDecimal GROWTH_MAX = BigDecimal.valueOf(100_000);
    public static final BigDecimal GROWTH_MIN = BigDecimal.valueOf(-100);
    /** Years a date or a period may name: trade statistics begin in the 20th century, plans end this one. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private Bounds() {
    }

    /** The number of digits before the point, read off the representation: 1e400 has 401. */
    private static long integerDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    /**
     * A number as it is written in an input, before any arithmetic: at most {@code digits} integer digits and
     * {@code scale} decimal places as written (trailing zeros count: they are cheap to strip once bounded).
     */
    public static String size(BigDecimal value, int digits, int scale) {
        if (value == null) {
            return null;
        }
        if (value.signum() != 0 && integerDigits(value) > digits) {
            return "has more than " + digits + " digits before the point";
        }
        if (value.scale() > scale + 20 || value.scale() < -digits) {
            return "is written with too many digits";
        }
        return null;
    }

    /** An amount in whole units, from 0 (negative only where negative is allowed, checked elsewhere). */
    public static String amount(BigDecimal value) {
        String size = size(value, AMOUNT_DIGITS, 0);
        if (size != null || value == null) {
            return size;
        }
        return value.stripTrailingZeros().scale() > 0 ? "is in whole units: no decimal places" : null;
    }

    /** A percentage with at most {@link #PERCENT_SCALE} decimal places, between the bounds given. */
    public static String percent(BigDecimal value, BigDecimal min, BigDecimal max) {
        String size = size(value, 7, PERCENT_SCALE);
        if (size != null || value == null) {
            return size;
        }
        if (value.stripTrailingZeros().scale() > PERCENT_SCALE) {
            return "has more than " + PERCENT_SCALE + " decimal places";
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return "must be from " + min.toPlainString() + " to " + max.toPlainString() + " percent";
        }
        return null;
    }

    /** A date within the years the data can concern. */
    public static String date(LocalDate value) {
        if (value != null && (value.getYear() < FIRST_YEAR || value.getYear() > LAST_YEAR)) {
            return "must be a date from " + FIRST_YEAR + " to " + LAST_YEAR;
        }
        return null;
    }

    /**
     * Text people will read, from 1 to {@code maxLength} characters, free of control characters (but line breaks where
     * {@code lines} allows them), of bidirectional embeddings, overrides and isolates (which make a text display
     * other than it reads: "Trojan Source"), of lone surrogates and non-characters.
     */
    public static String text(String value, int maxLength, boolean lines) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return "is empty";
        }
        if (value.length() > maxLength) {
            return "is longer than " + maxLength + " characters";
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String reason = refused(c, lines);
            if (reason != null) {
                return "holds " + reason + " (U+" + String.format("%04X", c) + ") at character " + (i + 1);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static String refused(int c, boolean lines) {
        if (lines && (c == '\n' || c == '\r' || c == '\t')) {
            return null;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "a control character";
        }
        if (!lines && (c == '\u2028' || c == '\u2029')) {
            return "a line break";
        }
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            return "a bidirectional override";
        }
        if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
            return "half of a character (a lone surrogate)";
        }
        if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
            return "a non-character";
        }
        return null;
    }
}
