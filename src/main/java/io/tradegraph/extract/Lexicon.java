package io.tradegraph.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.tradegraph.reference.Province;
import io.tradegraph.reference.Snapshot;

/**
 * The words the extractor knows, from two places an editor can extend: the vocabulary file
 * ({@code data/vocabulary.csv}: flows, statuses, qualifiers, scale words, units, growth and its basis, shares,
 * ranks, non-trade cues (ALWAYS: even after a flow), the words of a sector or part of the trade (scope), and other
 * names of markets and commodities) and the catalog (the names of areas,
 * commodities and markets). Phrases match whole words, without regard to case or diacritics.
 */
final class Lexicon {

    /** A phrase found in a text: its kind (flow, status, area …), what it stands for, and where it is. */
    record Match(String kind, String value, int start, int end) {
    }

    /** A phrase as written (lower case), matched as written; an area's name also without its diacritics. */
    private record Entry(String kind, String phrase, String value, boolean loose) {
    }

    private static final String VOCABULARY = "data/vocabulary.csv";

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        // Longest first: "tổng kim ngạch xuất nhập khẩu" is one flow, not "xuất nhập khẩu" and more.
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.phrase().length())).toList();
    }

    static Lexicon of(Snapshot catalog) {
        List<Entry> entries = new ArrayList<>(vocabulary());
        for (Province area : catalog.areas()) {
            if (!area.code().equals("VN")) {
                // "Bà Rịa–Vũng Tàu" is written with a dash of any kind, spaced or not, or with none.
                for (String dash : area.name().contains("–") ? List.of("–", "-", " - ", " – ", " ") : List.of("–")) {
                    entries.add(new Entry("area", fold(area.name().replace("–", dash)), area.code(), true));
                }
            }
        }
        catalog.commodities().forEach(c -> entries.add(new Entry("commodity", lower(c.nameVi()), c.code(), false)));
        catalog.markets().forEach(m -> entries.add(new Entry("market", lower(m.nameVi()), m.code(), false)));
        return new Lexicon(entries);
    }

    private static List<Entry> vocabulary() {
        try (Reader reader = new InputStreamReader(Lexicon.class.getClassLoader().getResourceAsStream(VOCABULARY),
                StandardCharsets.UTF_8)) {
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                entries.add(new Entry(row.get("kind"), lower(row.get("phrase")), row.get("value"), false));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every known phrase of a text, longest first where two overlap, in the order they occur. Words are matched with
     * their diacritics (nhận is not nhãn); names of areas also without ("Binh Duong", "Thanh Hoá" for Thanh Hóa).
     */
    List<Match> find(String text) {
        String lower = lower(text);
        String folded = fold(text);
        boolean[] taken = new boolean[text.length()];
        List<Match> found = new ArrayList<>();
        for (Entry entry : entries) {
            String haystack = entry.loose() ? folded : lower;
            for (int at = haystack.indexOf(entry.phrase()); at >= 0; at = haystack.indexOf(entry.phrase(), at + 1)) {
                int end = at + entry.phrase().length();
                if (wordAt(lower, at, end) && free(taken, at, end)) {
                    Arrays.fill(taken, at, end, true);
                    found.add(new Match(entry.kind(), entry.value(), at, end));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    /** A whole word; a number may follow it without a space, as careless typing leaves it ("đạt215"). */
    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, one character for one (NFC text, as the extractor reads it). */
    static String lower(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append(Character.toLowerCase((char) c)));
        return lower.toString();
    }

    /**
     * Lower case without diacritics (đ is d), one character for one: a position in the folded text is the same
     * position in the original, so that what was matched can be quoted as written.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                folded.append('d');
            } else {
                folded.append(Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0)));
            }
        }
        return folded.toString();
    }
}
