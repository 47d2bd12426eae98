package vn.laichau.par.api.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.laichau.par.bot.testing.FakeZaloApi;

/**
 * A fake Zalo Bot API for the whole test JVM, started before Arquillian reads its configuration: the shared Payara
 * Micro gets its URL, a token and a webhook secret through {@code arquillian.xml}'s {@code cmdOptions}, so the
 * application runs with the Zalo bot on (polling this fake) beside Telegram's in every container test.
 */
public final class ZaloBotFakeSession implements LauncherSessionListener {

    public static final String WEBHOOK_SECRET = "it-zalo-webhook-secret-of-at-least-32-chars";

    private static FakeZaloApi zalo;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        zalo();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (ZaloBotFakeSession.class) {
            if (zalo != null) {
                zalo.close();
                zalo = null;
            }
        }
    }

    /** The fake the application polls. */
    public static synchronized FakeZaloApi zalo() {
        if (zalo == null) {
            zalo = FakeZaloApi.start();
            System.setProperty("par.zalo.bot.token", zalo.token());
            System.setProperty("par.zalo.api.url", zalo.baseUrl().toString());
            System.setProperty("par.zalo.webhook.secret", WEBHOOK_SECRET);
        }
        return zalo;
    }
}
