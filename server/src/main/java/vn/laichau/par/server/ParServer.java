package vn.laichau.par.server;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import vn.laichau.par.embedded.DatabaseSupervisor;
import vn.laichau.par.embedded.EmbeddedMariaDb;

/**
 * Starts the whole system: an embedded MariaDB when no database is configured, then Payara Micro with the
 * application. Ctrl-C stops both.
 */
public final class ParServer {

    /**
     * Request threads: Grizzly serves every connection without a thread of its own, so a few threads per core
     * keep two cores busy; the default of 200 only costs memory (a stack each) under a burst.
     */
    static final int MAX_HTTP_THREADS = 8;
    static final int MIN_HTTP_THREADS = 4;

    /** The answers do not say which server and version run them. */
    static final List<String> HIDDEN_SERVER_HEADERS = List.of(
            "configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
            "configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false");

    /** Where Payara Micro's modules are unpacked, inside the data directory. */
    static final String UNPACKED_RUNTIME = "payara-runtime";

    /** The name of the thread in which Payara Micro stops itself when the JVM shuts down. */
    static final String PAYARA_SHUTDOWN_HOOK = "Payara Micro Shutdown Hook";

    /** How long a MariaDB left running by an ended server is given to stop cleanly before it is killed. */
    static final Duration LEFT_OVER_DATABASE_PATIENCE = Duration.ofSeconds(60);

    private final ServerSettings settings;
    private volatile EmbeddedMariaDb embeddedDb;
    private volatile DatabaseSupervisor supervisor;
    private DataDirectoryLock dataDirectoryLock;
    private PayaraMicroRuntime payara;
    private Path logConfiguration;

    private ParServer(ServerSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(command(args));
        }
        try {
            ParServer server = new ParServer(ServerSettings.from(System.getenv()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "par-shutdown"));
            server.start();
            server.awaitReady();
            System.out.printf("PAR tracker ready in %.1f s: http://localhost:%d/api/v1 (health /health, "
                            + "OpenAPI /openapi); data in %s%n",
                    secondsSinceStart(), server.settings.httpPort(), server.settings.dataDir());
        } catch (StartupProblem problem) {
            System.err.println("PAR tracker cannot start: " + problem.getMessage());
            System.exit(problem.exitCode.status);
        }
    }

    /**
     * {@code backup DIR}: a consistent backup of the running system (database and evidence files) into a new or
     * empty directory; {@code restore DIR}: that backup into an empty {@code PAR_DATA_DIR}. Answers the exit status.
     */
    static int command(String[] args) {
        String usage = "usage: java -jar par-server.jar [backup DIR | restore DIR]";
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println(usage);
            return ExitCode.CONFIGURATION.status;
        }
        try {
            ServerSettings settings = ServerSettings.from(System.getenv());
            Path dir = Path.of(args[1]).toAbsolutePath().normalize();
            System.out.println(args[0].equals("backup") ? Backups.backup(settings, dir)
                    : Backups.restore(settings, dir));
            return 0;
        } catch (StartupProblem problem) {
            System.err.println("PAR tracker " + args[0] + " failed: " + problem.getMessage());
            return problem.exitCode.status;
        }
    }

    /**
     * Boots Payara Micro while the embedded MariaDB starts, then deploys the application once the database is
     * there: the two take seconds each and need nothing from one another. An external database is checked
     * first, so a wrong address or password is reported at once.
     */
    private void start() {
        requireFreePort(settings.httpPort());
        Path war = applicationWar();
        createDirectory(settings.dataDir());
        logConfiguration = ServerLog.configure(settings.dataDir());
        System.out.println("PAR tracker: starting; the full log is in " + ServerLog.logFile());
        System.setProperty("par.data.dir", settings.dataDir().toString());
        JsonProcessingProvider.name(System.getProperties());
        CompletableFuture<Void> database;
        if (settings.usesEmbeddedDatabase()) {
            dataDirectoryLock = DataDirectoryLock.acquire(settings.dataDir());
            database = CompletableFuture.runAsync(this::startEmbeddedDatabase, runnable -> {
                Thread thread = new Thread(runnable, "par-database-start");
                thread.setDaemon(true);
                thread.start();
            });
        } else {
            DatabaseCheck.verify(settings.dbUrl().orElseThrow(), settings.dbUser(), settings.dbPassword());
            publishDatabase(settings.dbUrl().orElseThrow(), settings.dbUser(), settings.dbPassword());
            database = CompletableFuture.completedFuture(null);
        }
        bootPayara();
        awaitDatabase(database);
        deploy(war);
    }

    private static void awaitDatabase(CompletableFuture<Void> database) {
        try {
            database.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StartupProblem problem) {
                throw problem;
            }
            throw new StartupProblem(ExitCode.DATABASE, "Cơ sở dữ liệu không sẵn sàng — the database is not "
                    + "ready: " + e.getCause());
        }
    }

    private void startEmbeddedDatabase() {
        System.out.println("PAR tracker: no PAR_DB_URL, starting the embedded MariaDB in "
                + settings.dataDir().resolve("mariadb"));
        try {
            // this process holds the data directory's lock: a MariaDB found running on it is a dead server's
            EmbeddedMariaDb.stopLeftOverServer(settings.dataDir().resolve("mariadb"), LEFT_OVER_DATABASE_PATIENCE)
                    .ifPresent(pid -> System.out.println("PAR tracker: stopped the embedded MariaDB (pid " + pid
                            + ") that a server which ended without stopping it had left running"));
            embeddedDb = EmbeddedMariaDb.start(settings.dataDir().resolve("mariadb-server"),
                    settings.dataDir().resolve("mariadb"), 0);
        } catch (RuntimeException e) {
            throw new StartupProblem(ExitCode.DATABASE, "MariaDB nhúng không khởi động được — the embedded MariaDB "
                    + "did not start (is another instance using " + settings.dataDir() + "?): " + e.getMessage());
        }
        publishDatabase(embeddedDb.jdbcUrl(), embeddedDb.user(), embeddedDb.password());
        try {
            Files.writeString(settings.dataDir().resolve(Backups.PORT_FILE), embeddedDb.port() + "\n");
        } catch (IOException e) {
            System.err.println("PAR tracker: cannot note the embedded MariaDB's port for backups: " + e.getMessage());
        }
        System.out.printf("PAR tracker: embedded MariaDB ready on 127.0.0.1:%d (%.1f s)%n", embeddedDb.port(),
                secondsSinceStart());
        supervisor = DatabaseSupervisor.watch(embeddedDb, DatabaseSupervisor.Policy.standard(),
                new SupervisionLog());
    }

    /** The supervisor's steps as log lines; giving up ends the system with the database's exit status. */
    private static final class SupervisionLog implements DatabaseSupervisor.Listener {

        @Override
        public void restarting(int crashesInWindow, Duration delay) {
            ServerLog.ConsoleLines.databaseDown();
            System.err.printf("PAR tracker: the embedded MariaDB stopped unexpectedly (%d time(s) within the "
                    + "window); restarting it in %d ms (until it runs again, and %d s after, the container's warnings "
                    + "about it are in the log only)%n", crashesInWindow, delay.toMillis(),
                    ServerLog.ConsoleLines.CONTAINER_QUIET_AFTER_OUTAGE.toSeconds());
        }

        @Override
        public void restarted(Duration downFor) {
            ServerLog.ConsoleLines.databaseRunsAgain(System.nanoTime());
            System.err.printf("PAR tracker: the embedded MariaDB runs again after %.1f s%n",
                    downFor.toMillis() / 1000.0);
        }

        @Override
        public void restartFailed(String reason) {
            System.err.println("PAR tracker: the embedded MariaDB did not restart: " + reason);
        }

        @Override
        public void gaveUp(int crashesInWindow, Duration window) {
            System.err.printf("PAR tracker cannot go on: MariaDB nhúng dừng %d lần trong %d phút — the embedded "
                            + "MariaDB stopped %d times within %d minutes; see its log in the data directory%n",
                    crashesInWindow, window.toMinutes(), crashesInWindow, window.toMinutes());
            System.exit(ExitCode.DATABASE.status);
        }
    }

    private static void publishDatabase(String url, String user, String password) {
        System.setProperty("par.db.url", url);
        System.setProperty("par.db.user", user);
        System.setProperty("par.db.password", password);
    }

    private void bootPayara() {
        Path runtimeDir = settings.dataDir().resolve("payara");
        deleteRecursively(runtimeDir);
        TrustStore.writeWithoutExpired(runtimeDir.resolve("config"), new java.util.Date());
        // Payara Micro's own modules are jars inside its jar; read through its nested-jar loader, every class and
        // resource look-up of the boot and of the deployment's class scan is slow. Unpacked into the data directory
        // (about 100 MB, written again at each start), they are read as plain jar files (docs/operations.md).
        PayaraMicro.setUpackedJarDir(settings.dataDir().resolve(UNPACKED_RUNTIME).toFile());
        PayaraMicro micro = PayaraMicro.getInstance()
                .setHttpPort(settings.httpPort())
                .setHttpAutoBind(false)
                .setRootDir(runtimeDir.toFile())
                .setLogPropertiesFile(logConfiguration.toFile())
                .setMaxHttpThreads(MAX_HTTP_THREADS)
                .setMinHttpThreads(MIN_HTTP_THREADS)
                .setPrintLogo(false);
        micro.setNoHazelcast(true);
        micro.setPreBootHandler(commands -> HIDDEN_SERVER_HEADERS.forEach(setting -> commands.run("set", setting)));
        try {
            payara = micro.bootStrap();
            System.out.printf("PAR tracker: Payara Micro started (%.1f s)%n", secondsSinceStart());
        } catch (BootstrapException e) {
            throw new StartupProblem(ExitCode.APPLICATION, "Payara Micro không khởi động được — Payara Micro did "
                    + "not start: " + e.getMessage());
        }
    }

    private void deploy(Path war) {
        if (!payara.deploy("ROOT", "/", war.toFile()) || payara.getDeployedApplicationNames().isEmpty()) {
            throw new StartupProblem(ExitCode.APPLICATION, "Ứng dụng không triển khai được — the application did "
                    + "not deploy; the log above says why (often the database)");
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + settings.httpPort() + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ready).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(250);
        }
        throw new StartupProblem(ExitCode.APPLICATION, "Hệ thống chưa sẵn sàng sau 60 giây — not ready after 60 s: "
                + "see " + ready + " and the log above");
    }

    /**
     * Runs in the JVM's shutdown. Payara Micro stops itself then, in a shutdown hook of its own registered when
     * it was configured; stopping it here as well would race that hook (and report a failure when the hook came
     * first). The database stops once that hook has ended, so that requests in flight end with their
     * transactions.
     */
    private void stop() {
        if (payara != null) {
            awaitPayaraStopped();
        }
        if (supervisor != null) {
            supervisor.close();
        }
        if (embeddedDb != null) {
            try {
                embeddedDb.close();
                System.out.println("PAR tracker: embedded MariaDB stopped");
            } catch (RuntimeException e) {
                System.err.println("PAR tracker: " + e.getMessage());
            }
        }
        if (dataDirectoryLock != null) {
            dataDirectoryLock.close();
        }
    }

    /**
     * Waits for Payara Micro's shutdown hook to end. The JVM starts every hook at once, so the hook shows within
     * moments unless it has already ended.
     */
    private static void awaitPayaraStopped() {
        long appearBy = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Optional<Thread> hook = payaraShutdownHook();
        while (hook.isEmpty() && System.nanoTime() < appearBy) {
            sleep(20);
            hook = payaraShutdownHook();
        }
        hook.ifPresent(thread -> {
            try {
                thread.join(Duration.ofSeconds(60).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                System.err.println("PAR tracker: Payara Micro had not stopped after 60 s; stopping the rest");
            }
        });
    }

    private static Optional<Thread> payaraShutdownHook() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> PAYARA_SHUTDOWN_HOOK.equals(thread.getName())).findFirst();
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Cổng " + port + " đang được dùng — port " + port
                    + " is already in use: stop the other program or set PAR_HTTP_PORT to a free port");
        }
    }

    private static Path applicationWar() {
        Optional<Path> war = Optional.ofNullable(System.getenv("PAR_WAR")).map(Path::of)
                .or(() -> besideThisJar("app/ROOT.war"));
        return war.filter(Files::isRegularFile).orElseThrow(() -> new StartupProblem(ExitCode.CONFIGURATION,
                "Không thấy tệp ứng dụng — the application WAR is missing: build it with "
                        + "'mvn -B package -DskipTests' first"));
    }

    private static Optional<Path> besideThisJar(String relative) {
        try {
            Path location = Path.of(ParServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.of(location.getParent().resolve(relative));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không tạo được thư mục dữ liệu — cannot create "
                    + "PAR_DATA_DIR " + dir + ": " + e.getMessage());
        }
    }

    /** Payara Micro's working directory is rebuilt at every start; nothing in it is data. */
    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StartupProblem(ExitCode.CONFIGURATION, "Không xoá được " + dir + " — cannot clean " + dir
                    + ": " + e.getMessage());
        }
    }

    /** Seconds since the JVM started, as the console's timings count them. */
    private static double secondsSinceStart() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
