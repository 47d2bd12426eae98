package vn.laichau.par.domain.deadline;

import java.text.Normalizer;
import java.util.regex.Matcher;

/**
 * A deadline phrase made comparable: {@code text} is the phrase in NFC with single spaces, no HTML tags,
 * no trailing punctuation and dates written {@code d/M/yyyy}; {@code folded} is the same text in lower case
 * without diacritics ("hằng năm" and "hàng năm" both become "hang nam"). Both strings have the same
 * length, so a span found in {@code folded} cuts the same words out of {@code text}.
 */
record PhraseText(String text, String folded) {

    static PhraseText of(String raw) {
        String text = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC)
                .replaceAll("<[^>]*>", " ")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .replaceAll("(?<=\\d) ?[./-] ?(?=\\d{1,2}\\b)", "/")
                .replaceAll("(?<=\\b\\d{1,2}/\\d{1,2}) ?[./-] ?(?=\\d{4}\\b)", "/")
                .replaceAll("\\( ", "(")
                .replaceAll(" \\)", ")")
                .replaceAll(" ,", ",")
                .strip()
                .replaceAll("[\\s.,;:]+$", "");
        return new PhraseText(text, fold(text));
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char lower = Character.toLowerCase(text.charAt(i));
            if (lower == 'đ') {
                folded.append('d');
            } else {
                folded.append(Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).charAt(0));
            }
        }
        return folded.toString();
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** The words of {@code text} that a group of a matcher on {@code folded} found. */
    String original(Matcher matcher, int group) {
        return text.substring(matcher.start(group), matcher.end(group));
    }

    PhraseText sub(int start, int end) {
        return of(text.substring(start, end));
    }
}
