package vn.laichau.par.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsRefusedWithTheReason() {
        try (DataDirectoryLock first = DataDirectoryLock.acquire(dataDir)) {
            StartupProblem refused = assertThrows(StartupProblem.class, () -> DataDirectoryLock.acquire(dataDir));

            assertEquals(ExitCode.CONFIGURATION, refused.exitCode);
            assertTrue(refused.getMessage().contains("already running on PAR_DATA_DIR " + dataDir),
                    refused.getMessage());
        }
    }

    @Test
    void theDirectoryIsFreeAgainOnceTheFirstInstanceLetsGo() {
        DataDirectoryLock.acquire(dataDir).close();

        try (DataDirectoryLock again = DataDirectoryLock.acquire(dataDir)) {
            assertTrue(dataDir.resolve(DataDirectoryLock.FILE_NAME).toFile().exists());
        }
    }
}
