package vn.laichau.par.domain.importing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans a cell: HTML tags and entities removed, NFC, control characters and runs of spaces collapsed. */
final class CellText {

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\u00A0\\u200B\\uFEFF]+");

    private CellText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = TAG.matcher(raw).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static boolean startsLowercase(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return Character.isLowerCase(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether every cased letter is upper case and there are at least three letters. */
    static boolean isUpperCaseTitle(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isLowerCase(cp)) {
                    return false;
                }
            }
            i += Character.charCount(cp);
        }
        return letters >= 3;
    }
}
