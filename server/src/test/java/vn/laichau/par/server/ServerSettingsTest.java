package vn.laichau.par.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSettingsTest {

    @Test
    void withNothingConfiguredTheEmbeddedDatabaseOnPort8080IsUsed() {
        ServerSettings settings = ServerSettings.from(Map.of());

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.usesEmbeddedDatabase()).isTrue();
        assertThat(settings.dataDir()).isEqualTo(Path.of("par-data").toAbsolutePath());
    }

    @Test
    void aConfiguredDatabaseReplacesTheEmbeddedOne() {
        ServerSettings settings = ServerSettings.from(Map.of(
                "PAR_DB_URL", "jdbc:mariadb://db.example:3306/par",
                "PAR_DB_USER", "par",
                "PAR_DB_PASSWORD", "secret",
                "PAR_HTTP_PORT", "9090",
                "PAR_DATA_DIR", "/srv/par"));

        assertThat(settings.usesEmbeddedDatabase()).isFalse();
        assertThat(settings.dbUrl()).contains("jdbc:mariadb://db.example:3306/par");
        assertThat(settings.httpPort()).isEqualTo(9090);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/par"));
    }

    @Test
    void aDataDirectoryInTheTemporaryDirectoryIsRefusedBecauseTheEmbeddedDatabaseWouldBeEmptiedAtEachStart() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_DATA_DIR", "/tmp/par/data"), Path.of("/tmp")))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("PAR_DATA_DIR /tmp/par/data")
                .hasMessageContaining("empties at every start");
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_DATA_DIR", "/tmpdata"), Path.of("/tmp")))
                .isInstanceOf(StartupProblem.class);
    }

    @Test
    void aDataDirectoryInTheTemporaryDirectoryIsFineWithAnExternalDatabase() {
        ServerSettings settings = ServerSettings.from(Map.of("PAR_DATA_DIR", "/tmp/par/data",
                "PAR_DB_URL", "jdbc:mariadb://db.example:3306/par", "PAR_DB_USER", "par"), Path.of("/tmp"));

        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/par/data"));
    }

    @Test
    void aDataDirectoryBesideTheTemporaryDirectoryIsAccepted() {
        ServerSettings settings = ServerSettings.from(Map.of("PAR_DATA_DIR", "/var/tmp/par"), Path.of("/tmp"));

        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/tmp/par"));
    }

    @Test
    void aPortThatIsNotANumberIsAConfigurationProblemNamingTheVariable() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_HTTP_PORT", "80a")))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("PAR_HTTP_PORT")
                .extracting(e -> ((StartupProblem) e).exitCode).isEqualTo(ExitCode.CONFIGURATION);
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_HTTP_PORT", "70000")))
                .hasMessageContaining("between 1 and 65535");
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_DB_URL", "postgres://x", "PAR_DB_USER", "u")))
                .hasMessageContaining("jdbc:mariadb://");
    }

    @Test
    void aDatabaseUrlWithoutAUserIsRefused() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_DB_URL", "jdbc:mariadb://h/par")))
                .hasMessageContaining("PAR_DB_USER");
    }

    @Test
    void aWebhookSecretShorterThan32CharactersIsRefusedAtStartWithOneLine() {
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_TELEGRAM_WEBHOOK_SECRET", "short-secret")))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("PAR_TELEGRAM_WEBHOOK_SECRET has 12 characters")
                .hasMessageContaining("at least 32")
                .satisfies(problem -> assertThat(problem.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> ServerSettings.from(Map.of("PAR_ZALO_WEBHOOK_SECRET", "x".repeat(31))))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("PAR_ZALO_WEBHOOK_SECRET has 31 characters");
        assertThat(ServerSettings.from(Map.of("PAR_TELEGRAM_WEBHOOK_SECRET", "x".repeat(32))).httpPort())
                .isEqualTo(8080);
    }

    @Test
    void wrongZaloSettingsAreRefusedAtStartWithOneLine() {
        java.util.List<Map<String, String>> wrong = java.util.List.of(
                Map.of("PAR_ZALO_BOT_TOKEN", "no-colon"),
                Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_API_URL", "ftp://bot-api.zaloplatforms.com"),
                Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_MODE", "PUSH"),
                Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_MODE", "WEBHOOK"),
                Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_MODE", "WEBHOOK", "PAR_ZALO_WEBHOOK_SECRET",
                        "s".repeat(32), "PAR_ZALO_WEBHOOK_URL", "http://par.example.vn/api/v1/zalo/webhook"),
                Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_WEBHOOK_SECRET", "s".repeat(31) + "!"));
        for (Map<String, String> env : wrong) {
            assertThatThrownBy(() -> ServerSettings.from(env)).as(env.toString())
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("PAR_ZALO_")
                    .satisfies(problem -> assertThat(((StartupProblem) problem).exitCode).isEqualTo(ExitCode.CONFIGURATION))
                    .satisfies(problem -> assertThat(problem.getMessage()).doesNotContain("\n").doesNotContain("12:ab"));
        }
        assertThat(ServerSettings.from(Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_MODE", "webhook",
                "PAR_ZALO_WEBHOOK_SECRET", "s".repeat(32), "PAR_ZALO_WEBHOOK_URL",
                "https://par.example.vn/api/v1/zalo/webhook")).httpPort()).isEqualTo(8080);
        assertThat(ServerSettings.from(Map.of("PAR_ZALO_BOT_TOKEN", "12:ab", "PAR_ZALO_API_URL", "http://127.0.0.1:9"))
                .httpPort()).isEqualTo(8080);
        assertThat(ServerSettings.from(Map.of("PAR_ZALO_MODE", "PUSH")).httpPort()).isEqualTo(8080);
    }
}
