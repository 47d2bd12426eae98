package vn.laichau.par.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParServerCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownCommandOrAMissingDirectoryIsAConfigurationErrorWithTheUsage() {
        String said = stderrOf(() -> assertThat(ParServer.command(new String[] {"backup"})).isEqualTo(2));
        assertThat(said).contains("usage: java -jar par-server.jar [backup DIR | restore DIR]");
        assertThat(ParServer.command(new String[] {"copy", dir.toString()})).isEqualTo(2);
    }

    @Test
    void aDirectoryThatIsNotABackupIsNotRestored() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a backup");

        String said = stderrOf(() -> assertThat(ParServer.command(new String[] {"restore", dir.toString()}))
                .isEqualTo(2));

        assertThat(said).contains("is not a PAR tracker backup (no database.dump.gz)");
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
