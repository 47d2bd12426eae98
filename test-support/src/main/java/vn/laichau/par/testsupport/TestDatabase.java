package vn.laichau.par.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.laichau.par.embedded.EmbeddedMariaDb;

/**
 * The one MariaDB of a test run. Started once per test JVM by {@link TestDatabaseSession} when the build asks for
 * it (system property {@code par.test.database=embedded}); its coordinates are published as the system properties
 * {@code par.db.url}, {@code par.db.user} and {@code par.db.password}, which is where both the application and
 * Arquillian's configuration read them.
 */
public final class TestDatabase {

    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    static synchronized void start() {
        if (server != null) {
            return;
        }
        Path root = Path.of(System.getProperty("par.test.database.dir", "target/test-mariadb")).toAbsolutePath();
        Path data = root.resolve("data");
        deleteRecursively(data);
        server = EmbeddedMariaDb.start(root.resolve("base"), data, 0);
        System.setProperty("par.db.url", server.jdbcUrl());
        System.setProperty("par.db.user", server.user());
        System.setProperty("par.db.password", server.password());
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The JDBC URL of the shared test database. */
    public static String url() {
        String url = System.getProperty("par.db.url");
        if (url == null) {
            throw new IllegalStateException("no test database: run with -Dpar.test.database=embedded");
        }
        return url;
    }

    /** A new connection to the shared test database. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), System.getProperty("par.db.user"), System.getProperty("par.db.password"));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
