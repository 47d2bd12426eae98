package vn.laichau.par.api.it;

import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.laichau.par.bot.testing.FakeBotApi;

/**
 * A fake Telegram Bot API for the whole test JVM, started before Arquillian reads its configuration: the shared
 * Payara Micro gets its URL, a token and a webhook secret through {@code arquillian.xml}'s {@code cmdOptions},
 * so the application runs with the bot on (long polling against this fake) in every container test.
 *
 * <p>The fake starts blocked, as Telegram is on many Vietnamese networks: every request is cut off without an answer until
 * {@link #BLOCKED_AT_START} after the application's first attempt; the application has to keep trying and
 * reconnect by itself. {@link #telegram()} waits for that, so that tests talking to the bot find it polling.
 */
public final class TelegramBotFakeSession implements LauncherSessionListener {

    public static final String WEBHOOK_SECRET = "it-webhook-secret-of-at-least-32-characters";

    /** How long the fake stays blocked after the application first tries to reach it. */
    public static final Duration BLOCKED_AT_START = Duration.ofSeconds(30);

    private static final Duration RECONNECT_LIMIT = Duration.ofSeconds(180);

    private static FakeBotApi telegram;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TelegramBotFakeSession.class) {
            if (telegram != null) {
                telegram.close();
                telegram = null;
            }
        }
    }

    /**
     * The fake the application talks to, once the application polls it after the blocked start; fails when it
     * does not within three minutes.
     */
    public static FakeBotApi telegram() {
        FakeBotApi fake = start();
        long end = System.nanoTime() + RECONNECT_LIMIT.toNanos();
        while (fake.calls("getUpdates").isEmpty()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("The application did not poll the fake Bot API within " + RECONNECT_LIMIT
                        + " after it was blocked at start (" + fake.blockedAttempts().size()
                        + " requests were cut off while blocked, the last at "
                        + (fake.blockedAttempts().isEmpty() ? "none" : fake.blockedAttempts()
                                .get(fake.blockedAttempts().size() - 1))
                        + "; still blocked: " + fake.isBlocked() + ", answering again since " + fake.upAgainAt()
                        + "; calls answered: " + fake.calls().size() + ")");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return fake;
    }

    private static synchronized FakeBotApi start() {
        if (telegram == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
            telegram = FakeBotApi.start();
            telegram.blockConnections(BLOCKED_AT_START);
            System.setProperty("par.telegram.bot.token", telegram.token());
            System.setProperty("par.telegram.api.url", telegram.baseUrl().toString());
            System.setProperty("par.telegram.webhook.secret", WEBHOOK_SECRET);
        }
        return telegram;
    }
}
