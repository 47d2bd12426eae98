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
        checkZalo(env);
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

    /**
     * The Zalo settings, checked as a whole when a token is given: the token's shape, the API's URL, the mode, and
     * in webhook mode a public HTTPS URL and a secret Zalo accepts (8-256 characters; at least 32 here).
     */
    private static void checkZalo(Map<String, String> env) {
        Optional<String> token = nonBlank(env.get("PAR_ZALO_BOT_TOKEN"));
        if (token.isEmpty()) {
            return;
        }
        if (!token.get().matches("[^:/\\s]+:[^/\\s]+")) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "PAR_ZALO_BOT_TOKEN không hợp lệ — PAR_ZALO_BOT_TOKEN must "
                    + "read <bot_id>:<secret>, without '/' or spaces");
        }
        Optional<String> apiUrl = nonBlank(env.get("PAR_ZALO_API_URL"));
        if (apiUrl.isPresent() && !isHttpUrl(apiUrl.get(), false)) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "PAR_ZALO_API_URL không hợp lệ — PAR_ZALO_API_URL must be "
                    + "an http(s) URL with a host, e.g. https://bot-api.zaloplatforms.com, not '" + apiUrl.get() + "'");
        }
        String mode = nonBlank(env.get("PAR_ZALO_MODE")).orElse("LONG_POLLING").toUpperCase(java.util.Locale.ROOT);
        if (!mode.equals("LONG_POLLING") && !mode.equals("WEBHOOK")) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "PAR_ZALO_MODE không hợp lệ — PAR_ZALO_MODE must be "
                    + "LONG_POLLING or WEBHOOK, not '" + env.get("PAR_ZALO_MODE").trim() + "'");
        }
        Optional<String> secret = nonBlank(env.get("PAR_ZALO_WEBHOOK_SECRET"));
        if (secret.isPresent() && !secret.get().matches("[A-Za-z0-9_-]{32,256}")) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "PAR_ZALO_WEBHOOK_SECRET không hợp lệ — "
                    + "PAR_ZALO_WEBHOOK_SECRET needs 32-256 characters from A-Z, a-z, 0-9, '_' and '-'");
        }
        if (mode.equals("WEBHOOK")) {
            if (secret.isEmpty()) {
                throw new StartupProblem(ExitCode.CONFIGURATION, "Thiếu PAR_ZALO_WEBHOOK_SECRET — PAR_ZALO_MODE=WEBHOOK "
                        + "needs PAR_ZALO_WEBHOOK_SECRET, the secret Zalo sends back with each event");
            }
            Optional<String> url = nonBlank(env.get("PAR_ZALO_WEBHOOK_URL"));
            if (url.isEmpty() || !isHttpUrl(url.get(), true)) {
                throw new StartupProblem(ExitCode.CONFIGURATION, "PAR_ZALO_WEBHOOK_URL không hợp lệ — "
                        + "PAR_ZALO_MODE=WEBHOOK needs PAR_ZALO_WEBHOOK_URL, the public https URL of "
                        + "/api/v1/zalo/webhook" + url.map(u -> ", not '" + u + "'").orElse(""));
            }
        }
    }

    private static boolean isHttpUrl(String text, boolean httpsOnly) {
        try {
            java.net.URI uri = new java.net.URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return uri.getHost() != null && (scheme.equals("https") || !httpsOnly && scheme.equals("http"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
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
