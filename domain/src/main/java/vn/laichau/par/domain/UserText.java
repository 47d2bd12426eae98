package vn.laichau.par.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text a person writes — a name, a title, a reference, a note, a reason — as it is kept: NFC, without surrounding
 * white space, a tab as a space, and without the invisible characters text pasted from a web page, a chat or a
 * document carries and nobody meant (the zero-width space U+200B, the word joiner U+2060, the byte-order mark
 * U+FEFF): dropping them changes nothing anyone saw. Refused, naming the field, when it still holds a character
 * nobody sees: a control character (U+0000–U+001F, U+007F–U+009F; a text of several lines may hold line breaks,
 * a CR LF kept as LF) or a zero-width (non-)joiner (U+200C, U+200D; a text of several lines, a note, may hold the
 * joiner U+200D, which joins the parts of an emoji). The one rule for every free-text field, whichever way the
 * text came (the API, the web app, a bot).
 */
public final class UserText {

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private UserText() {
    }

    /** One line (a name, a title, a reference); {@code null} stays {@code null}. */
    public static String line(String field, String labelVi, String value) {
        return checked(field, labelVi, value, false);
    }

    /** A text of several lines (a note, a reason); {@code null} stays {@code null}. */
    public static String lines(String field, String labelVi, String value) {
        return checked(field, labelVi, value, true);
    }

    /**
     * The text as it is kept: NFC, stripped, a tab as a space, without the pasted invisible characters (U+200B,
     * U+2060, U+FEFF), a CR LF as LF when it may have several lines.
     */
    public static String cleaned(String value, boolean multiLine) {
        String text = multiLine ? value.replace("\r\n", "\n") : value;
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !dropped(c)).map(c -> c == '\t' ? ' ' : c).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
    }

    /**
     * The first character of {@code text} nobody sees, if any; a line break and an emoji's joiner count unless
     * {@code multiLine}.
     */
    public static Optional<Integer> hiddenCharacter(String text, boolean multiLine) {
        return text.codePoints().filter(c -> hidden(c) && !(multiLine && (c == '\n' || c == ZERO_WIDTH_JOINER)))
                .boxed().findFirst();
    }

    /** What is wrong with the field {@code field} holding {@code text} (as cleaned), if anything. */
    public static Optional<Refusal.Violation> violation(String field, String text, boolean multiLine) {
        return hiddenCharacter(text, multiLine).map(c -> !multiLine && (c == '\n' || c == '\r')
                ? new Refusal.Violation(field, "phải viết trên một dòng (" + codeOf(c) + ")",
                        "must be one line (" + codeOf(c) + ")")
                : new Refusal.Violation(field, "chứa ký tự điều khiển hoặc ký tự vô hình (" + codeOf(c) + ")",
                        "contains a control or invisible character (" + codeOf(c) + ")"));
    }

    private static String checked(String field, String labelVi, String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        String text = cleaned(value, multiLine);
        Optional<Refusal.Violation> violation = violation(field, text, multiLine);
        if (violation.isPresent()) {
            throw Refusal.invalid("invalid-characters", labelVi + " " + violation.get().messageVi(),
                    "The " + field + " " + violation.get().messageEn(), List.of(violation.get()));
        }
        return text;
    }

    private static boolean dropped(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }

    private static boolean hidden(int c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
    }

    private static String codeOf(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
