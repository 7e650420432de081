package io.tradegraph.reference;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tradegraph.measure.Bounds;

/**
 * Reads the period codes of the data files (ISO 8601 dates and intervals): {@code 2024}, {@code 2025-09},
 * {@code 2025-Q3}, {@code 2025-01/2025-09} (a year to date) and {@code 2021/2025} (several years).
 */
public final class PeriodCode {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(\\d{4})-01/(\\d{4})-(\\d{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");

    private PeriodCode() {
    }

    /**
     * The period a code names; IllegalArgumentException, with a message for people, for a code that names none: a
     * month 13, a year outside {@value Bounds#FIRST_YEAR}–{@value Bounds#LAST_YEAR}, an interval backwards.
     */
    public static PeriodEntity parse(String code) {
        PeriodEntity period;
        try {
            period = read(code);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + code + "' names no period: its month is not from 01 to 12");
        }
        if (Bounds.date(period.firstDay) != null || Bounds.date(period.lastDay) != null) {
            throw new IllegalArgumentException("'" + code + "' is outside the years " + Bounds.FIRST_YEAR + " to "
                    + Bounds.LAST_YEAR);
        }
        return period;
    }

    private static PeriodEntity read(String code) {
        Matcher m;
        if ((m = YEAR.matcher(code)).matches()) {
            Year year = Year.parse(m.group(1));
            return period(code, PeriodKind.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth(), code);
        }
        if ((m = MONTH.matcher(code)).matches()) {
            YearMonth month = YearMonth.parse(code);
            return period(code, PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth(), monthName(month) + " " + month.getYear());
        }
        if ((m = QUARTER.matcher(code)).matches()) {
            int quarter = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), quarter * 3 - 2);
            return period(code, PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
                    "Q" + quarter + " " + first.getYear());
        }
        if ((m = YEAR_TO_DATE.matcher(code)).matches() && m.group(1).equals(m.group(2))) {
            YearMonth last = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return period(code, PeriodKind.YEAR_TO_DATE, last.withMonth(1).atDay(1), last.atEndOfMonth(),
                    "January–" + monthName(last) + " " + last.getYear());
        }
        if ((m = YEARS.matcher(code)).matches() && m.group(1).compareTo(m.group(2)) < 0) {
            return period(code, PeriodKind.MULTI_YEAR, Year.parse(m.group(1)).atDay(1),
                    Year.parse(m.group(2)).atMonth(12).atEndOfMonth(), m.group(1) + "–" + m.group(2));
        }
        throw new IllegalArgumentException("'" + code + "' is not a period code: expected YYYY, YYYY-MM, YYYY-Qn, "
                + "YYYY-01/YYYY-MM or YYYY/YYYY");
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static PeriodEntity period(String code, PeriodKind kind, LocalDate first, LocalDate last, String label) {
        PeriodEntity period = new PeriodEntity();
        period.code = code;
        period.kind = kind;
        period.firstDay = first;
        period.lastDay = last;
        period.label = label;
        return period;
    }
}
