package vn.laichau.par.notifier.message;

/**
 * Telegram's HTML parse mode: {@code <}, {@code >} and {@code &} escaped, emphasis as {@code <b>}, and at most
 * 4096 characters. Telegram counts the characters after parsing the tags; the limit here counts the tags and
 * escapes too, so a message within it is always accepted.
 */
public final class TelegramHtml implements TextFormat {

    public static final int MESSAGE_LIMIT = 4096;
    public static final TelegramHtml INSTANCE = new TelegramHtml(MESSAGE_LIMIT);

    private final int limit;

    public TelegramHtml(int limit) {
        if (limit < 200) {
            throw new IllegalArgumentException("a Telegram message limit below 200 characters leaves no room: " + limit);
        }
        this.limit = limit;
    }

    public static String escape(String raw) {
        if (raw.indexOf('<') < 0 && raw.indexOf('>') < 0 && raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder escaped = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String text(String raw) {
        return escape(raw);
    }

    @Override
    public String bold(String raw) {
        return "<b>" + escape(raw) + "</b>";
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public boolean carriesButtons() {
        return true;
    }
}
