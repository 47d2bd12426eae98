package vn.laichau.par.notifier.message;

/**
 * Text as it is: for e-mail bodies and the in-app feed. Its limit only stops a digest of a whole province's
 * backlog from growing past what a mail or a database row should hold; such a digest is cut with the count of
 * the rest, like a Telegram one.
 */
public final class PlainText implements TextFormat {

    public static final int LIMIT = 1_000_000;
    public static final PlainText INSTANCE = new PlainText();

    private PlainText() {
    }

    @Override
    public String text(String raw) {
        return raw;
    }

    @Override
    public String bold(String raw) {
        return raw;
    }

    @Override
    public int limit() {
        return LIMIT;
    }
}
