package vn.laichau.par.notifier.message;

/**
 * Telegram's HTML parse mode as a message format: text escaped by the application's
 * {@link vn.laichau.par.application.telegram.TelegramHtml}, emphasis as {@code <b>}, and at most
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

    @Override
    public String text(String raw) {
        return vn.laichau.par.application.telegram.TelegramHtml.escape(raw);
    }

    @Override
    public String bold(String raw) {
        return "<b>" + vn.laichau.par.application.telegram.TelegramHtml.escape(raw) + "</b>";
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
