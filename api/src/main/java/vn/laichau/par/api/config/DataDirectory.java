package vn.laichau.par.api.config;

import java.nio.file.Path;

/** Where the system keeps its files: evidence, the token signing key, the embedded database. */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** The system property {@code par.data.dir}, else {@code PAR_DATA_DIR}, else {@code ./par-data}. */
    public static Path path() {
        String dir = System.getProperty("par.data.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv().getOrDefault("PAR_DATA_DIR", "par-data");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
