package io.tradegraph.reference;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text without its diacritics, for searches typed on keyboards without them. */
final class AsciiFolding {

    private AsciiFolding() {
    }

    static String fold(String text) {
        // đ is a letter of its own, not d with a combining mark, so NFD leaves it alone.
        String withoutStroke = text.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(withoutStroke, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
