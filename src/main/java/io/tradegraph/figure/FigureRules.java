package io.tradegraph.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tradegraph.core.ClientError.InvalidImport.Problem;
import io.tradegraph.measure.Bounds;
import io.tradegraph.reference.PeriodCode;
import io.tradegraph.reference.Snapshot;

/**
 * What a figure must satisfy to be stored, checked for every row of a write before anything is written, so that a
 * rejected write reports each bad row with its field and reason (the database's own checks say the same, but only
 * for the first row, and in SQL's words).
 */
public final class FigureRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final int QUOTE_LENGTH = 200;
    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, here once a row. */
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
    static final int NOTE_LENGTH = 1000;
    static final int CODE_LENGTH = 40;
    /** No article has more paragraphs, nor a list more places: the bound of a count (a paragraph, a rank). */
    static final int COUNT = 10_000;
    /** No article states a growth as a larger multiple: ×1000 is +99,900%, within a growth's bound. */
    static final BigDecimal MULTIPLE = BigDecimal.valueOf(1000);
    private static final java.util.regex.Pattern FIGURE_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_]+-[0-9]{1,6}");

    /**
     * The problems of rows as sent, found without computing anything from them: sizes of numbers and texts, the
     * characters of texts. Only rows without such problems are completed (defaults, whole units) and checked by
     * {@link #problems}.
     */
    static List<Problem> unbounded(List<FigureInput> rows) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FigureInput row = rows.get(i);
            int number = i + 1;
            java.util.function.BiConsumer<String, String> report = (field, reason) -> {
                if (reason != null) {
                    problems.add(new Problem(number, printable(row.code()), field, reason));
                }
            };
            FigureColumns.unbounded(row, report);
            if (row.code() != null && Bounds.text(row.code(), CODE_LENGTH, false) == null
                    && !FIGURE_CODE.matcher(row.code()).matches()) {
                report.accept("code", "is the source's code, a dash and a number, e.g. 005-01");
            }
        }
        return problems;
    }

    /** Characters of why a figure was revised, which its history keeps (the database's check says the same). */
    static final int REASON_LENGTH = 500;

    /** Refuses a reason for a revision that its history could not keep, naming where it was given. */
    public static void requireReason(String where, String reason, boolean required) {
        if ((required && reason == null)
                || (reason != null && (reason.isBlank() || Bounds.text(reason, REASON_LENGTH, false) != null))) {
            throw new io.tradegraph.core.ClientError.InvalidArgument("'" + where + "' says why, for the history: 1 "
                    + "to " + REASON_LENGTH + " characters, without control characters or bidirectional overrides.");
        }
    }

    /** A code as a problem may repeat it: nothing that would display otherwise than it reads. */
    private static String printable(String code) {
        return code == null || Bounds.text(code, CODE_LENGTH, false) != null ? null : code;
    }

    private FigureRules() {
    }

    /**
     * The problems of the rows, in row order. {@code sources} holds the text of each stored source the rows name, by
     * code (empty where it has none): the paragraph and quote of a figure from a source with a text must stand in it.
     */
    static List<Problem> problems(List<FigureInput> rows, Snapshot known, Map<String, String> sources) {
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        // Each source's paragraphs are read once, not once a row: an import of 39,000 rows names one source.
        Map<String, List<String>> normalisedParagraphs = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            FigureInput row = rows.get(i);
            int number = i + 1;
            var report = new Object() {
                void problem(String field, String reason) {
                    problems.add(new Problem(number, row.code(), field, reason));
                }
            };
            if (row.code() == null || row.code().isBlank()) {
                report.problem("code", "is empty");
            } else if (!codes.add(row.code())) {
                report.problem("code", "appears twice in the import");
            }
            if (row.source() == null || !sources.containsKey(row.source())) {
                report.problem("source", "no source has the code '" + row.source() + "'; add it first (addSource)");
            } else if (row.code() != null && !row.code().startsWith(row.source() + "-")) {
                report.problem("code", "must start with the source's code and a dash, e.g. " + row.source() + "-01");
            }
            if (!known.areaByCode().containsKey(row.area())) {
                report.problem("area", "no area has the code '" + row.area() + "'");
            }
            if (!known.periodByCode().containsKey(row.period())) {
                try {
                    PeriodCode.parse(row.period());
                } catch (IllegalArgumentException e) {
                    report.problem("period", e.getMessage());
                }
            }
            if (row.commodity() != null && !known.commodityByCode().containsKey(row.commodity())) {
                report.problem("commodity", "no commodity has the code '" + row.commodity() + "'");
            }
            if (row.market() != null && !known.marketByCode().containsKey(row.market())) {
                report.problem("market", "no market has the code '" + row.market() + "'");
            }
            if (row.scope() != null && !known.scopeByCode().containsKey(row.scope())) {
                report.problem("scope", "no scope has the code '" + row.scope() + "'");
            }
            boolean hasAmount = row.amount() != null || row.low() != null;
            if (row.flow() != Flow.BALANCE && (negative(row.amount()) || negative(row.low()))) {
                report.problem("amount", "is negative; only a balance can be");
            }
            if ((row.low() == null) != (row.high() == null)) {
                report.problem("low", "a range needs both its ends");
            } else if (row.low() != null && row.low().compareTo(row.high()) > 0) {
                report.problem("low", "is above the high end");
            }
            if (hasAmount && row.unit() == null) {
                report.problem("unit", "an amount needs its unit");
            }
            if (!hasAmount && row.precision() != null) {
                report.problem("precision", "is the precision of an amount, and there is none");
            }
            if (row.precision() != null && row.precision().signum() <= 0) {
                report.problem("precision", "must be positive");
            }
            if ((row.growthLow() == null) != (row.growthHigh() == null)) {
                report.problem("growthLow", "a growth range needs both its ends");
            } else if (row.growthLow() != null && row.growthLow().compareTo(row.growthHigh()) > 0) {
                report.problem("growthLow", "is above the high end");
            }
            if (row.growthBasis() != null && row.growth() == null && row.growthLow() == null) {
                report.problem("growthBasis", "is the basis of a growth, and there is none");
            }
            if (row.growthMultiple() != null && row.growth() != null
                    && FigureInput.percentOf(row.growthMultiple()).compareTo(row.growth()) != 0) {
                report.problem("growthMultiple", "makes a growth of " + FigureInput.percentOf(row.growthMultiple())
                        .toPlainString() + "%, not the " + row.growth().toPlainString() + "% given");
            }
            if ((row.secondGrowth() == null) != (row.secondGrowthBasis() == null)) {
                report.problem("secondGrowth", "a second growth needs its basis, and a basis its growth");
            } else if (row.secondGrowth() != null && row.growth() == null && row.growthLow() == null) {
                report.problem("secondGrowth", "is the second growth; give the first in 'growth'");
            } else if (row.secondGrowthBasis() != null && row.secondGrowthBasis() == row.growthBasis()) {
                report.problem("secondGrowthBasis", "is the first growth's basis; a second growth compares with something else");
            }
            if (row.rank() != null && row.rank() < 1) {
                report.problem("rank", "counts from 1");
            }
            if ((row.rankOf() != null || row.rankWithin() != null) && row.rank() == null) {
                report.problem("rankOf", "is part of a rank, and there is none");
            } else if (row.rankOf() != null && row.rank() > row.rankOf()) {
                report.problem("rank", "is beyond the " + row.rankOf() + " it is among");
            }
            if (row.share() != null && (row.share().signum() < 0 || row.share().compareTo(HUNDRED) > 0)) {
                report.problem("share", "is a percentage, from 0 to 100");
            }
            boolean statesAValue = hasAmount || row.growth() != null || row.growthLow() != null || row.rank() != null
                    || row.share() != null || row.planPercent() != null;
            if (Boolean.TRUE.equals(row.mention()) && statesAValue) {
                report.problem("mention", "a mention states no value; this figure states one");
            } else if (!Boolean.TRUE.equals(row.mention()) && !statesAValue) {
                report.problem("amount", "the figure states nothing: give an amount, a range, a growth, a rank, a "
                        + "share or a percent of the plan, or mark it a mention");
            }
            if (row.quote() == null || row.quote().isBlank() || row.quote().length() > QUOTE_LENGTH) {
                report.problem("quote", "must be 1 to " + QUOTE_LENGTH + " characters");
            }
            if (row.paragraph() < 1) {
                report.problem("paragraph", "counts from 1");
            } else if (row.source() != null && !sources.getOrDefault(row.source(), "").isEmpty() && row.quote() != null) {
                List<String> paragraphs = normalisedParagraphs.computeIfAbsent(row.source(),
                        source -> paragraphs(sources.get(source)).stream().map(FigureRules::normalised).toList());
                if (row.paragraph() > paragraphs.size()) {
                    report.problem("paragraph", "the source's text has " + paragraphs.size() + " paragraphs");
                } else if (!paragraphs.get(row.paragraph() - 1).contains(normalised(row.quote()))) {
                    report.problem("quote", "does not stand in paragraph " + row.paragraph() + " of the source's text");
                }
            }
        }
        return problems;
    }

    /** The non-empty lines of a text, as paragraphs are counted. */
    static List<String> paragraphs(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * Runs of white space as one space, and lower case: line wrapping, non-breaking spaces and a quote that began a
     * sentence do not change what it quotes.
     */
    private static String normalised(String text) {
        return WHITE_SPACE.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
