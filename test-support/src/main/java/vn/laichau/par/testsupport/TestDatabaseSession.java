package vn.laichau.par.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the shared MariaDB before the first test of the JVM and stops it after the last one, when the module's
 * build sets {@code par.test.database=embedded}.
 */
public final class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if ("embedded".equals(System.getProperty("par.test.database"))) {
            TestDatabase.start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.stop();
    }
}
