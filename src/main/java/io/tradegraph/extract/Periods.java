package io.tradegraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a sentence names, in the period codes of the service: "năm 2024" (2024), "tháng 9" (2025-09 in the
 * year being told), "9 tháng đầu năm 2025" (2025-01/2025-09), "quý III" (2025-Q3), "giai đoạn 2021–2025"
 * (2021/2025), "năm nay" and "năm ngoái" from the year being told; cumulative periods in their other forms ("tính
 * chung 10 tháng", "lũy kế 7 tháng", "đến hết quý II", "nửa đầu năm"). A period after "so với" is what a growth
 * compares with, and one after an attainment ("đạt 76% kế hoạch năm 2023") the plan's: neither is the figure's.
 */
final class Periods {

    /** A period named at [start, end) of the folded sentence. */
    record Found(int start, int end, String code, int year) {
    }

    private enum Form {
        MULTI_YEAR("giai doan (\\d{4})\\s*[-–]\\s*(\\d{4})"),
        YEAR_TO_DATE_OF("(\\d{1,2}) thang (?:dau )?(?:nam )?(\\d{4})"),
        /** Up to the end of a quarter: "đến hết quý II" is January to June. */
        TO_QUARTER_END_OF("(?:den )?het quy (iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*(\\d{4})"),
        TO_QUARTER_END("(?:den )?het quy (iv|iii|ii|i|[1-4])(?![\\p{L}\\d])"),
        /** "(từ đầu năm) đến hết tháng 10", "tính đến cuối tháng 4": January to that month. */
        TO_MONTH_END_OF("(?:tu dau nam )?(?:(?:den|toi) )?(?:het|(?<=den )cuoi) thang (\\d{1,2})\\s*/\\s*(\\d{4})"),
        TO_MONTH_END("(?:tu dau nam )?(?:(?:den|toi) )?(?:het|(?<=den )cuoi) thang (\\d{1,2})(?![\\d/])"),
        YEAR_TO_DATE("(\\d{1,2}) thang (?:dau nam|qua|nay)"
                + "|(?:tinh chung|luy ke|cong don|trong|sau|het|ca|kim ngach|khau) (\\d{1,2}) thang(?! (?:lien|cuoi|\\d))"),
        HALF_YEAR("(?:nua dau nam|6 thang dau nam)"),
        /** Cumulative from January to a month the words do not name ("từ đầu năm đến nay"): undecided. */
        SINCE_JANUARY("(?:luy ke )?tu dau nam(?: den nay)?"),
        MONTH_OF("thang (\\d{1,2})\\s*/\\s*(\\d{4})"),
        MONTH("thang (\\d{1,2})(?![\\d/])"),
        QUARTER_OF("quy (iv|iii|ii|i|[1-4])\\s*(?:/|nam)\\s*(\\d{4})"),
        QUARTER("quy (iv|iii|ii|i|[1-4])(?![\\p{L}\\d])"),
        YEAR("nam (\\d{4})"),
        THIS_YEAR("nam nay|ca nam"),
        LAST_YEAR("nam ngoai|nam truoc");

        final Pattern pattern;

        Form(String regex) {
            this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")");
        }
    }

    /**
     * The code of a period cumulative from January of a year, to a month the sentence does not name: the extractor
     * takes the month from the period told before, or reports it undecided.
     */
    static final String SINCE_JANUARY_OF = "since-january:";

    private Periods() {
    }

    /** Every period the folded sentence names, given the year being told (0 when unknown). */
    static List<Found> find(String folded, int year) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[folded.length()];
        for (Form form : Form.values()) {
            Matcher m = form.pattern.matcher(folded);
            while (m.find()) {
                if (taken(taken, m.start(), m.end()) || comparedWith(folded, m.start())) {
                    continue;
                }
                Found period = period(form, m, year);
                if (period != null) {
                    found.add(period);
                    Arrays.fill(taken, m.start(), m.end(), true);
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        // A year named earlier in the sentence is the year of the months named after it.
        List<Found> dated = new ArrayList<>();
        int told = year;
        for (Found period : found) {
            told = period.year() > 0 ? period.year() : told;
            dated.add(period.year() > 0 || told == 0 ? period : period(period, told));
        }
        // Without a year being told, "tháng 9" names no period.
        return dated.stream().filter(p -> p.code() != null && (!p.code().contains(":")
                || p.code().startsWith(SINCE_JANUARY_OF))).toList();
    }

    /** A plan's period after its attainment ("bằng 76% kế hoạch năm 2023") is the plan's, not the figure's. */
    private static final Pattern ATTAINMENT_BEFORE = Pattern.compile("%\\s*(?:so voi |cua )?(?:ke hoach|muc tieu|chi tieu)\\s*$");

    private static boolean taken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparedWith(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 24), start);
        return before.endsWith("so voi ") || before.endsWith("so ") || before.endsWith("cung ky ")
                || before.endsWith("thoi diem ") || ATTAINMENT_BEFORE.matcher(before).find();
    }

    private static Found period(Form form, Matcher m, int year) {
        return switch (form) {
            case MULTI_YEAR -> new Found(m.start(), m.end(), m.group(1) + "/" + m.group(2), Integer.parseInt(m.group(2)));
            case YEAR_TO_DATE_OF, TO_MONTH_END_OF -> yearToDate(m, Integer.parseInt(m.group(2)));
            case MONTH_OF -> month(m, Integer.parseInt(m.group(2)));
            case QUARTER_OF -> new Found(m.start(), m.end(), m.group(2) + "-Q" + quarter(m.group(1)),
                    Integer.parseInt(m.group(2)));
            case TO_QUARTER_END_OF -> {
                int of = Integer.parseInt(m.group(2));
                yield new Found(m.start(), m.end(), "%d-01/%d-%02d".formatted(of, of, 3 * quarter(m.group(1))), of);
            }
            case YEAR -> new Found(m.start(), m.end(), m.group(1), Integer.parseInt(m.group(1)));
            // Relative to the year being told, which may come later in the sentence: dated in find().
            case YEAR_TO_DATE, TO_MONTH_END, TO_QUARTER_END, HALF_YEAR, SINCE_JANUARY, MONTH, QUARTER, THIS_YEAR, LAST_YEAR ->
                    new Found(m.start(), m.end(), form.name() + ":" + m.group(0), 0);
        };
    }

    private static Found period(Found relative, int year) {
        String[] parts = relative.code().split(":", 2);
        String words = parts[1];
        String code = switch (Form.valueOf(parts[0])) {
            case YEAR_TO_DATE, TO_MONTH_END -> {
                int months = Integer.parseInt(words.replaceAll("\\D+", " ").strip().split(" ")[0]);
                yield months >= 1 && months <= 12 ? "%d-01/%d-%02d".formatted(year, year, months) : null;
            }
            case TO_QUARTER_END -> "%d-01/%d-%02d".formatted(year, year, 3 * quarter(words.substring(words.indexOf("quy ") + 4)));
            case HALF_YEAR -> "%d-01/%d-06".formatted(year, year);
            case SINCE_JANUARY -> SINCE_JANUARY_OF + year;
            case MONTH -> {
                int month = Integer.parseInt(words.replaceAll("\\D", ""));
                yield month >= 1 && month <= 12 ? "%d-%02d".formatted(year, month) : null;
            }
            case QUARTER -> year + "-Q" + quarter(words.substring(4));
            case THIS_YEAR -> String.valueOf(year);
            case LAST_YEAR -> String.valueOf(year - 1);
            default -> null;
        };
        return new Found(relative.start(), relative.end(), code, Form.valueOf(parts[0]) == Form.LAST_YEAR ? year - 1 : year);
    }

    private static int quarter(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static Found yearToDate(Matcher m, int year) {
        int months = Integer.parseInt(m.group(1));
        return months < 1 || months > 12 ? null
                : new Found(m.start(), m.end(), "%d-01/%d-%02d".formatted(year, year, months), year);
    }

    private static Found month(Matcher m, int year) {
        int month = Integer.parseInt(m.group(1));
        return month < 1 || month > 12 ? null : new Found(m.start(), m.end(), "%d-%02d".formatted(year, month), year);
    }
}
