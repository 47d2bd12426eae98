package vn.laichau.par.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import vn.laichau.par.embedded.EmbeddedMariaDb;

/**
 * {@code par-server.jar backup DIR} and {@code par-server.jar restore DIR}.
 *
 * <p>A backup of a running system is a directory: {@code database.dump.gz} (the database as of one instant, read
 * in one snapshot transaction while the system runs on), {@code evidence/} (the files named by the evidence rows of
 * that snapshot, copied after it: a file is stored before its row commits and never changed, so each is there),
 * {@code keys/} (the token signing key, so that issued tokens stay valid) and {@code backup.properties} (what is in
 * it). The database is the configured one ({@code PAR_DB_URL}) or the running embedded one of {@code PAR_DATA_DIR}.
 *
 * <p>A restore fills an empty {@code PAR_DATA_DIR}: with {@code PAR_DB_URL} the database there must have no tables;
 * without it the embedded database is created in the directory and loaded. A directory or database that is not
 * empty is refused.
 */
final class Backups {

    static final String DUMP = "database.dump.gz";
    static final String MANIFEST = "backup.properties";
    static final String PORT_FILE = "database-port";
    private static final String EVIDENCE_TABLE = "evidence";

    private Backups() {
    }

    /** Writes a backup of the running system into {@code target}, which must be absent or empty. */
    static String backup(ServerSettings settings, Path target) {
        requireEmpty(target, "Thư mục sao lưu", "the backup directory");
        Connection connection = connect(settings);
        List<String> evidence = new ArrayList<>();
        Map<String, Long> counts;
        try (connection; DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(target.resolve(DUMP)), 1 << 16)))) {
            counts = DatabaseDump.write(connection, out, EVIDENCE_TABLE,
                    row -> evidence.add(String.valueOf(row.get("storage_path"))));
        } catch (SQLException e) {
            throw new StartupProblem(ExitCode.DATABASE, "Sao lưu cơ sở dữ liệu thất bại — the database backup "
                    + "failed: " + e.getMessage());
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không ghi được " + target + " — cannot write the "
                    + "backup: " + e.getMessage());
        }
        int missing = 0;
        try {
            for (String storagePath : evidence) {
                Path from = settings.dataDir().resolve(storagePath).normalize();
                Path to = target.resolve(storagePath).normalize();
                if (!from.startsWith(settings.dataDir().resolve("evidence")) || !Files.isRegularFile(from)) {
                    System.err.println("PAR tracker backup: evidence file missing: " + from);
                    missing++;
                    continue;
                }
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Path key = settings.dataDir().resolve("keys/jwt-private.der");
            if (Files.isRegularFile(key)) {
                Files.createDirectories(target.resolve("keys"));
                Files.copy(key, target.resolve("keys/jwt-private.der"), StandardCopyOption.COPY_ATTRIBUTES);
            }
            Properties manifest = new Properties();
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("evidence.files", String.valueOf(evidence.size() - missing));
            manifest.setProperty("evidence.missing", String.valueOf(missing));
            counts.forEach((table, rows) -> manifest.setProperty("rows." + table, String.valueOf(rows)));
            try (var writer = Files.newBufferedWriter(target.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                manifest.store(writer, "PAR tracker backup");
            }
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không sao chép được tệp minh chứng — cannot copy the "
                    + "evidence files into " + target + ": " + e.getMessage());
        }
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        return "PAR tracker backup written to " + target + ": " + counts.size() + " tables, " + rows + " rows, "
                + (evidence.size() - missing) + " evidence files" + (missing > 0 ? " (" + missing + " MISSING)" : "");
    }

    /** Restores the backup in {@code source} into the empty {@code PAR_DATA_DIR} (and its database). */
    static String restore(ServerSettings settings, Path source) {
        if (!Files.isRegularFile(source.resolve(DUMP))) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không phải bản sao lưu — " + source
                    + " is not a PAR tracker backup (no " + DUMP + ")");
        }
        requireEmpty(settings.dataDir(), "PAR_DATA_DIR", "PAR_DATA_DIR");
        EmbeddedMariaDb embedded = null;
        Connection connection;
        if (settings.usesEmbeddedDatabase()) {
            embedded = EmbeddedMariaDb.start(settings.dataDir().resolve("mariadb-server"),
                    settings.dataDir().resolve("mariadb"), 0);
            connection = open(embedded.jdbcUrl(), embedded.user(), embedded.password());
        } else {
            connection = connect(settings);
        }
        Map<String, Long> counts;
        try (connection; DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(source.resolve(DUMP)), 1 << 16)))) {
            if (!DatabaseDump.tables(connection).isEmpty()) {
                throw new StartupProblem(ExitCode.CONFIGURATION, "Cơ sở dữ liệu không trống — the database in "
                        + "PAR_DB_URL already has tables: restore only into an empty database");
            }
            counts = DatabaseDump.read(in, connection);
        } catch (SQLException e) {
            throw new StartupProblem(ExitCode.DATABASE, "Khôi phục cơ sở dữ liệu thất bại — the database restore "
                    + "failed: " + e.getMessage());
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không đọc được bản sao lưu — cannot read "
                    + source.resolve(DUMP) + ": " + e.getMessage());
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        long files;
        try {
            files = copyTree(source.resolve("evidence"), settings.dataDir().resolve("evidence"));
            copyTree(source.resolve("keys"), settings.dataDir().resolve("keys"));
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không chép được tệp minh chứng — cannot copy the "
                    + "evidence files into " + settings.dataDir() + ": " + e.getMessage());
        }
        long rows = counts.values().stream().mapToLong(Long::longValue).sum();
        return "PAR tracker restored from " + source + " into " + settings.dataDir() + ": " + counts.size()
                + " tables, " + rows + " rows, " + files + " evidence files";
    }

    /** The configured database, or the embedded one a running system of this data directory serves. */
    private static Connection connect(ServerSettings settings) {
        if (!settings.usesEmbeddedDatabase()) {
            return open(settings.dbUrl().orElseThrow(), settings.dbUser(), settings.dbPassword());
        }
        Path portFile = settings.dataDir().resolve(PORT_FILE);
        Path passwordFile = settings.dataDir().resolve(EmbeddedMariaDb.PASSWORD_FILE);
        try {
            String port = Files.readString(portFile).strip();
            String password = Files.readString(passwordFile).strip();
            return open("jdbc:mariadb://127.0.0.1:" + port + "/" + EmbeddedMariaDb.DATABASE, EmbeddedMariaDb.USER,
                    password);
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.DATABASE, "Không thấy MariaDB nhúng đang chạy — no running embedded "
                    + "MariaDB for " + settings.dataDir() + " (" + e.getMessage() + "): start the system first, "
                    + "or set PAR_DB_URL");
        }
    }

    private static Connection open(String url, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5000");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new StartupProblem(ExitCode.DATABASE, DatabaseCheck.explain(url, user, e));
        }
    }

    private static void requireEmpty(Path dir, String whatVi, String whatEn) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new StartupProblem(ExitCode.CONFIGURATION, whatVi + " không trống — " + whatEn
                                + " " + dir + " is not empty: give an empty or new directory");
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không tạo được " + dir + " — cannot create " + dir
                    + ": " + e.getMessage());
        }
    }

    private static long copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long[] files = {0};
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                    files[0]++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files[0];
    }
}
