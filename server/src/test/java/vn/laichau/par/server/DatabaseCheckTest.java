package vn.laichau.par.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    void anUnreachableServerIsOneLineNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:mariadb://127.0.0.1:" + closedPort + "/par";

        assertThatThrownBy(() -> DatabaseCheck.verify(url, "par", "par"))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("cannot reach MariaDB at " + url)
                .hasMessageContaining("PAR_DB_URL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .extracting(e -> ((StartupProblem) e).exitCode).isEqualTo(ExitCode.DATABASE);
    }

    @Test
    void aRefusedPasswordPointsAtTheCredentials() {
        String message = DatabaseCheck.explain("jdbc:mariadb://h/par", "par",
                new SQLException("Access denied for user 'par'@'localhost'", "28000", 1045));

        assertThat(message).contains("PAR_DB_USER").contains("PAR_DB_PASSWORD").contains("'par'");
    }

    @Test
    void aMissingDatabaseSaysHowToCreateIt() {
        String message = DatabaseCheck.explain("jdbc:mariadb://h/par", "par",
                new SQLException("Unknown database 'par'", "42000", 1049));

        assertThat(message).contains("does not exist").contains("utf8mb4");
    }
}
