package vn.laichau.par.notifier.message;

/** Text as it is: for e-mail bodies and the in-app feed, which have no practical length limit. */
public final class PlainText implements TextFormat {

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
        return Integer.MAX_VALUE;
    }
}
