package vn.laichau.par.api.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.laichau.par.bot.testing.FakeBotApi;

/**
 * A fake Telegram Bot API for the whole test JVM, started before Arquillian reads its configuration: the shared
 * Payara Micro gets its URL, a token and a webhook secret through {@code arquillian.xml}'s {@code cmdOptions},
 * so the application runs with the bot on (long polling against this fake) in every container test.
 */
public final class TelegramBotFakeSession implements LauncherSessionListener {

    public static final String WEBHOOK_SECRET = "it-webhook-secret-of-at-least-32-characters";

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

    /** The fake the application talks to. */
    public static synchronized FakeBotApi telegram() {
        return start();
    }

    private static synchronized FakeBotApi start() {
        if (telegram == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
            telegram = FakeBotApi.start();
            System.setProperty("par.telegram.bot.token", telegram.token());
            System.setProperty("par.telegram.api.url", telegram.baseUrl().toString());
            System.setProperty("par.telegram.webhook.secret", WEBHOOK_SECRET);
        }
        return telegram;
    }
}
