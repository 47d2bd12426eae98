package vn.laichau.par.bot.zalo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.laichau.par.bot.gateway.InlineButton;

/**
 * The conversation core answers in Telegram HTML with inline buttons; Zalo shows plain text and has no buttons.
 * Tags go (a link keeps its address in brackets), entities become their characters, and each button becomes a
 * line offering the same action as a typed command: {@code /chon <code>}, which {@link ZaloConversation} turns
 * back into the button's press.
 */
public final class PlainTextReplies {

    /** The typed command that stands for a pressed button. */
    public static final String CHOOSE = "/chon";

    private static final Pattern LINK = Pattern.compile("<a\\s+href=\"([^\"]*)\"[^>]*>(.*?)</a>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
    private static final Pattern TYPED_CHOICE = Pattern.compile("^/chon\\s+([a-z]{1,4}(?:-\\d{1,19})*)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private PlainTextReplies() {
    }

    /** The text of a Telegram HTML reply, with its buttons as typed commands under it. */
    public static String of(String html, List<List<InlineButton>> keyboard) {
        StringBuilder text = new StringBuilder(plain(html));
        if (!keyboard.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n\n").append("Gõ lệnh để chọn:");
            for (List<InlineButton> row : keyboard) {
                for (InlineButton button : row) {
                    text.append("\n• ").append(button.text()).append(": ").append(typed(button.callbackData()));
                }
            }
        }
        return text.toString();
    }

    /** {@code /chon pc-123-50-7} for the button data {@code pc:123:50:7}. */
    public static String typed(String callbackData) {
        return CHOOSE + " " + callbackData.replace(':', '-');
    }

    /** The button data a typed {@code /chon …} stands for, if the text is one. */
    public static java.util.Optional<String> choice(String text) {
        Matcher matcher = TYPED_CHOICE.matcher(text.strip());
        return matcher.matches() ? java.util.Optional.of(matcher.group(1).toLowerCase(java.util.Locale.ROOT)
                .replace('-', ':')) : java.util.Optional.empty();
    }

    /** Telegram HTML as plain text. */
    public static String plain(String html) {
        String text = LINK.matcher(html).replaceAll(match -> {
            String label = match.group(2);
            String url = match.group(1);
            return Matcher.quoteReplacement(TAG.matcher(label).replaceAll("").equals(url) ? url
                    : label + " (" + url + ")");
        });
        text = TAG.matcher(text).replaceAll("");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(match -> {
            int code = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return Matcher.quoteReplacement(Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "");
        });
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").strip();
    }
}
