package vn.laichau.par.application.telegram;

/** Telegram's HTML parse mode, the one escaping the bot and the notifier share. */
public final class TelegramHtml {

    private TelegramHtml() {
    }

    /** Escapes {@code <}, {@code >} and {@code &} so that user text shows as typed; {@code null} becomes "". */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
