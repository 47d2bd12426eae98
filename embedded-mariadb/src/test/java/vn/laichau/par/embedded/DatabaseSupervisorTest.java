package vn.laichau.par.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real mariadbd killed with SIGKILL comes back on the same data; one that keeps dying is given up. */
class DatabaseSupervisorTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private EmbeddedMariaDb database;
    private DatabaseSupervisor supervisor;

    @BeforeEach
    void start() {
        Path root = Path.of("target", "supervised-mariadb").toAbsolutePath();
        database = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"), 0);
    }

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.close();
        }
        database.close();
    }

    @Test
    void aKilledServerIsRestartedOnTheSameDataAndAnswersAgain() throws Exception {
        execute("CREATE TABLE IF NOT EXISTS survivor (name VARCHAR(40))", "DELETE FROM survivor",
                "INSERT INTO survivor VALUES ('trước khi bị dừng')");
        supervisor = DatabaseSupervisor.watch(database, new DatabaseSupervisor.Policy(5, Duration.ofMinutes(10),
                Duration.ofMillis(200), Duration.ofSeconds(2)), recorder());
        long killed = kill();

        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream().anyMatch(e -> e.startsWith("restarted")));

        assertThat(events.get(0)).isEqualTo("restarting 1");
        assertThat(database.serverProcess()).get().extracting(ProcessHandle::pid).isNotEqualTo(killed);
        assertThat(singleName()).isEqualTo("trước khi bị dừng");
    }

    @Test
    void aServerThatKeepsDyingIsGivenUp() {
        supervisor = DatabaseSupervisor.watch(database, new DatabaseSupervisor.Policy(2, Duration.ofMinutes(10),
                Duration.ofMillis(200), Duration.ofSeconds(2)), recorder());
        kill();
        await().atMost(Duration.ofSeconds(60)).until(() -> events.stream().anyMatch(e -> e.startsWith("restarted")));
        kill();

        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("gave up 2"));
        assertThat(events).containsSubsequence("restarting 1", "restarted", "gave up 2");
        assertThat(events).doesNotContain("restarting 2");
    }

    private DatabaseSupervisor.Listener recorder() {
        return new DatabaseSupervisor.Listener() {
            @Override
            public void restarting(int crashesInWindow, Duration delay) {
                events.add("restarting " + crashesInWindow);
            }

            @Override
            public void restarted(Duration downFor) {
                events.add("restarted");
            }

            @Override
            public void restartFailed(String reason) {
                events.add("failed " + reason);
            }

            @Override
            public void gaveUp(int crashesInWindow, Duration window) {
                events.add("gave up " + crashesInWindow);
            }
        };
    }

    /** SIGKILL to the running mariadbd, as {@code kill -9} would; answers its pid. */
    private long kill() {
        ProcessHandle process = database.serverProcess().orElseThrow();
        assertThat(process.destroyForcibly()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
        return process.pid();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private String singleName() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM survivor")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
