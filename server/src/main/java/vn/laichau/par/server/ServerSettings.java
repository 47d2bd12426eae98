package vn.laichau.par.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the runnable needs to know before the application starts, read from environment variables
 * ({@code PAR_HTTP_PORT}, {@code PAR_DATA_DIR}, {@code PAR_DB_URL}, {@code PAR_DB_USER}, {@code PAR_DB_PASSWORD}).
 */
record ServerSettings(int httpPort, Path dataDir, Optional<String> dbUrl, String dbUser, String dbPassword) {

    static final int DEFAULT_HTTP_PORT = 8080;
    /** A webhook secret is all that tells a messenger's post from anyone's: at least this many characters. */
    static final int MIN_WEBHOOK_SECRET = 32;
    private static final java.util.List<String> WEBHOOK_SECRETS =
            java.util.List.of("PAR_TELEGRAM_WEBHOOK_SECRET", "PAR_ZALO_WEBHOOK_SECRET");

    static ServerSettings from(Map<String, String> env) {
        return from(env, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * As {@link #from(Map)}, with the JVM's temporary directory named: the embedded MariaDB empties, at every
     * start, a data directory whose path begins with it (a plain text comparison), so such a
     * {@code PAR_DATA_DIR} is refused rather than wiped.
     */
    static ServerSettings from(Map<String, String> env, Path temporaryDirectory) {
        int port = parsePort(env.getOrDefault("PAR_HTTP_PORT", String.valueOf(DEFAULT_HTTP_PORT)));
        Path dataDir = Path.of(nonBlank(env.get("PAR_DATA_DIR")).orElse("par-data")).toAbsolutePath().normalize();
        Optional<String> dbUrl = nonBlank(env.get("PAR_DB_URL"));
        if (dbUrl.isPresent() && !dbUrl.get().startsWith("jdbc:mariadb:") && !dbUrl.get().startsWith("jdbc:mysql:")) {
            throw new StartupProblem(ExitCode.CONFIGURATION,
                    "PAR_DB_URL phải có dạng jdbc:mariadb://máy:cổng/csdl — PAR_DB_URL must look like "
                            + "jdbc:mariadb://host:port/database, not '" + dbUrl.get() + "'");
        }
        if (dbUrl.isPresent() && nonBlank(env.get("PAR_DB_USER")).isEmpty()) {
            throw new StartupProblem(ExitCode.CONFIGURATION,
                    "Thiếu PAR_DB_USER — PAR_DB_URL is set but PAR_DB_USER is not: set the MariaDB user");
        }
        for (String secret : WEBHOOK_SECRETS) {
            Optional<String> value = nonBlank(env.get(secret));
            if (value.isPresent() && value.get().length() < MIN_WEBHOOK_SECRET) {
                throw new StartupProblem(ExitCode.CONFIGURATION,
                        secret + " quá ngắn — " + secret + " has " + value.get().length() + " characters; a webhook "
                                + "secret needs at least " + MIN_WEBHOOK_SECRET + " (A-Z, a-z, 0-9, '_', '-'), e.g. "
                                + "from `openssl rand -hex 24`");
            }
        }
        String temporary = temporaryDirectory.toString();
        if (dbUrl.isEmpty() && dataDir.toString().startsWith(temporary)) {
            throw new StartupProblem(ExitCode.CONFIGURATION,
                    "PAR_DATA_DIR không được nằm trong " + temporary + " — PAR_DATA_DIR " + dataDir + " lies in the "
                            + "temporary directory " + temporary + ", which the embedded MariaDB empties at every "
                            + "start: choose a directory elsewhere (e.g. /var/tmp/par or ./par-data)");
        }
        return new ServerSettings(port, dataDir, dbUrl, env.getOrDefault("PAR_DB_USER", ""),
                env.getOrDefault("PAR_DB_PASSWORD", ""));
    }

    boolean usesEmbeddedDatabase() {
        return dbUrl.isEmpty();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION,
                    "PAR_HTTP_PORT không hợp lệ — PAR_HTTP_PORT must be a port number between 1 and 65535, not '"
                            + text + "'");
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
