package vn.laichau.par.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The embedded database lets in only its application user, with the password made at the first start. */
class EmbeddedDatabaseAccessTest {

    private static final Path ROOT = Path.of("target", "access-mariadb").toAbsolutePath();

    @Test
    void onlyTheApplicationUserWithItsOwnPasswordGetsIn() throws Exception {
        String firstPassword;
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(ROOT.resolve("base"), ROOT.resolve("data"), 0)) {
            firstPassword = database.password();
            Path file = ROOT.resolve(EmbeddedMariaDb.PASSWORD_FILE);

            assertThat(firstPassword).matches(DatabasePassword.PATTERN);
            assertThat(Files.readString(file).strip()).isEqualTo(firstPassword);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "par", firstPassword)) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThatThrownBy(() -> connect(database.jdbcUrl(), "par", "par")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            assertThatThrownBy(() -> connect(database.jdbcUrl(), "root", "")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            assertThatThrownBy(() -> connect(database.jdbcUrl(), "anyone", "anything"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(ROOT.resolve("base"), ROOT.resolve("data"), 0)) {
            assertThat(again.password()).isEqualTo(firstPassword);
            try (Connection c = DriverManager.getConnection(again.jdbcUrl(), "par", firstPassword)) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    private static void connect(String url, String user, String password) throws SQLException {
        DriverManager.getConnection(url, user, password).close();
    }
}
