package vn.laichau.par.domain.model.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for search: without diacritics, with đ read as d, in lower case, with single spaces.
 * "Đào tạo" and "DAO TAO" both fold to "dao tao". Collations do not do this on their own: {@code đ} has no
 * decomposition and stays apart from {@code d} under {@code utf8mb4_unicode_ci}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String plain = stripped.replace('đ', 'd').replace('Đ', 'd');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The folded words of a query, in order; empty for a blank query. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
