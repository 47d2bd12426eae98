package vn.laichau.par.domain.model.agency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as written in a plan, cut into words for matching: case, diacritics and punctuation do not count
 * ("thành phò" matches "thành phố"), "UBND" and "HĐND" stand for their full words, commas and semicolons
 * are kept as separators.
 */
final class WrittenName {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}&]+|[,;]");
    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "ubnd", List.of("uy", "ban", "nhan", "dan"),
            "hdnd", List.of("hoi", "dong", "nhan", "dan"));

    /** One word of the written text; {@code source} is the index of the written token it comes from. */
    record Word(String key, int source, boolean separator) {
    }

    private final List<String> tokens;
    private final List<Word> words;

    private WrittenName(List<String> tokens, List<Word> words) {
        this.tokens = tokens;
        this.words = words;
    }

    static WrittenName of(String written) {
        List<String> tokens = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(Normalizer.normalize(written == null ? "" : written, Normalizer.Form.NFC));
        while (m.find()) {
            String token = m.group();
            int index = tokens.size();
            tokens.add(token);
            if (token.equals(",") || token.equals(";")) {
                words.add(new Word(token, index, true));
                continue;
            }
            String key = fold(token);
            for (String part : ABBREVIATIONS.getOrDefault(key, List.of(key))) {
                words.add(new Word(part, index, false));
            }
        }
        return new WrittenName(List.copyOf(tokens), List.copyOf(words));
    }

    /** The words without separators: the key under which a name is looked up. */
    static List<String> keyOf(String name) {
        return of(name).words.stream().filter(w -> !w.separator()).map(Word::key).toList();
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                out.append(ch);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    List<Word> words() {
        return words;
    }

    /** The written tokens from {@code fromSource} to {@code toSource}, both included, joined by spaces. */
    String writtenBetween(int fromSource, int toSource) {
        return String.join(" ", tokens.subList(fromSource, toSource + 1));
    }
}
