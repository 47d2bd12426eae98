package vn.laichau.par.notifier.message;

/**
 * Text as it is: for e-mail bodies and the in-app feed. Its limit keeps a message within what the in-app feed
 * stores (a TEXT column of 65,535 bytes, three bytes for the longest Vietnamese letter) and what a mail should
 * be: a digest of a whole province's backlog, or a reminder of hundreds of items, is cut with the count of the
 * rest, like a Telegram one (about two hundred detailed items, or three hundred digest lines, fit).
 */
public final class PlainText implements TextFormat {

    public static final int LIMIT = 20_000;
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
