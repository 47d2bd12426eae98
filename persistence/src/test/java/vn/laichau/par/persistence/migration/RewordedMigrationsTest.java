package vn.laichau.par.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.laichau.par.embedded.EmbeddedMariaDb;

/**
 * A database made by the migrations in their first wording (with {@code CONSTRAINT pk_… PRIMARY KEY}) starts on
 * the present scripts: Flyway's validation passes after the reworded scripts are acknowledged, while any other
 * change to an applied script still stops the start. On a MariaDB server of its own, since it needs a database
 * that the test run's shared one is not.
 */
class RewordedMigrationsTest {

    private static EmbeddedMariaDb server;
    private static MariaDbDataSource dataSource;

    @BeforeAll
    static void migrateWithTheFirstWording() throws Exception {
        Path root = Path.of("target/reworded-migrations").toAbsolutePath();
        deleteRecursively(root.resolve("data"));
        deleteRecursively(root.resolve("scripts"));
        server = EmbeddedMariaDb.start(root.resolve("base"), root.resolve("data"), 0);
        dataSource = new MariaDbDataSource(server.jdbcUrl());
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());

        Path firstWording = Files.createDirectories(root.resolve("scripts"));
        copyAll(Path.of("target/classes/db/migration"), firstWording);
        copyAll(Path.of("target/test-classes/db/migration-first-wording"), firstWording);
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + firstWording).load().migrate();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDatabaseMigratedWithTheFirstWordingStartsOnThePresentScriptsWithTheSameKeys() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND CONSTRAINT_TYPE = 'PRIMARY KEY' AND CONSTRAINT_NAME <> 'PRIMARY'"))
                .as("MariaDB ignored the primary keys' names: the first wording made the same keys").isZero();
        Map<String, Integer> before = appliedChecksums();

        String version = new SchemaMigration(dataSource).migrate();

        assertThat(version).isEqualTo(latestVersion());
        Map<String, Integer> after = appliedChecksums();
        for (RewordedMigrations.Rewording rewording : RewordedMigrations.PRIMARY_KEY_NAMES_DROPPED) {
            assertThat(before.get(rewording.version())).as("V" + rewording.version() + " as first applied")
                    .isEqualTo(rewording.checksumAsApplied());
            assertThat(after.get(rewording.version())).as("V" + rewording.version() + " acknowledged")
                    .isEqualTo(rewording.checksumNow());
        }
        assertThat(presentFlyway().validateWithResult().validationSuccessful).isTrue();
        assertThat(RewordedMigrations.acknowledge(dataSource)).as("a second start changes nothing").isZero();
    }

    @Test
    void anyOtherChangeToAnAppliedScriptStillStopsTheStart() throws Exception {
        new SchemaMigration(dataSource).migrate();
        Map<String, Integer> applied = appliedChecksums();
        try {
            execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
            assertThatThrownBy(() -> new SchemaMigration(dataSource).migrate())
                    .hasMessageContaining("checksum mismatch");
            execute("UPDATE flyway_schema_history SET checksum = " + applied.get("1") + " WHERE version = '1'");
            execute("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '52'");
            assertThatThrownBy(() -> new SchemaMigration(dataSource).migrate())
                    .hasMessageContaining("checksum mismatch");
        } finally {
            execute("UPDATE flyway_schema_history SET checksum = " + applied.get("1") + " WHERE version = '1'");
            execute("UPDATE flyway_schema_history SET checksum = " + applied.get("52") + " WHERE version = '52'");
        }
        assertThat(new SchemaMigration(dataSource).migrate()).isEqualTo(latestVersion());
    }

    private static Flyway presentFlyway() {
        return Flyway.configure(RewordedMigrationsTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load();
    }

    private static String latestVersion() {
        MigrationInfo[] all = presentFlyway().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }

    private static Map<String, Integer> appliedChecksums() throws SQLException {
        Map<String, Integer> checksums = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT version, checksum FROM flyway_schema_history "
                        + "WHERE version IS NOT NULL")) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getInt(2));
            }
        }
        return checksums;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> scripts = Files.list(from)) {
            for (Path script : scripts.toList()) {
                Files.copy(script, to.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
