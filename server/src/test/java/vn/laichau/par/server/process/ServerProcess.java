package vn.laichau.par.server.process;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The runnable as the operator starts it: {@code java -jar target/par-server.jar} in a process of its own, with
 * the environment it is given, its output in a log file; killed with {@code kill -9} where a crash is the point,
 * or stopped as Ctrl-C would. Also runs the jar's one-shot commands ({@code backup}, {@code restore}).
 */
public final class ServerProcess implements AutoCloseable {

    /** Start to ready takes 30–40 s on two cores; two at once, or a first start of the embedded MariaDB, longer. */
    public static final Duration READY_WITHIN = Duration.ofSeconds(240);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;

    private ServerProcess(String name, Process process, int port, Path dataDir, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** The jar under test; the build packages it before the process tests run. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("par.server.jar", "target/par-server.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(jar.resolveSibling("app/ROOT.war"))) {
            fail("The runnable is not packaged at " + jar + ": run these tests through 'mvn verify' (the package "
                    + "phase builds the jar, its lib/ and app/ROOT.war)");
        }
        return jar;
    }

    /** A directory for one test's files under the build directory (never the temporary directory). */
    public static Path workDir(String name) {
        Path dir = Path.of(System.getProperty("par.it.dir", "target/process-it")).toAbsolutePath().resolve(name);
        deleteRecursively(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code java -jar par-server.jar} on {@code port} with {@code dataDir}, plus {@code env}. */
    public static ServerProcess start(String name, int port, Path dataDir, Map<String, String> env) {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("PAR_HTTP_PORT", String.valueOf(port));
        all.put("PAR_DATA_DIR", dataDir.toString());
        Path log = dataDir.resolveSibling(name + ".log");
        Process process = launch(List.of(), all, log);
        return new ServerProcess(name, process, port, dataDir, log);
    }

    /** Runs {@code java -jar par-server.jar args…} to its end; answers its exit status and output. */
    public static Outcome run(Map<String, String> env, Path log, String... args) {
        Process process = launch(List.of(args), env, log);
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("par-server.jar " + String.join(" ", args) + " did not end within 5 minutes; see " + log);
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process launch(List<String> args, Map<String, String> env, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-jar", jar().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(jar().getParent().getParent().toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("PAR_"));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free TCP port on this machine. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /health/ready} answers 200; fails with the log's end when the process ends first. */
    public ServerProcess awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        URI ready = URI.create(baseUrl() + "/health/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " ended with status " + process.exitValue() + " before it was ready:\n" + logTail());
            }
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        return fail(name + " not ready within " + READY_WITHIN + ":\n" + logTail());
    }

    /** {@code kill -9} of the server's JVM, as a power cut or the OOM killer would end it; waits for the end. */
    public void kill9() {
        try {
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                fail("kill -9 " + process.pid() + " failed");
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                fail(name + " (pid " + process.pid() + ") still runs after kill -9");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server as Ctrl-C does (SIGTERM runs the shutdown hook), killing it after 60 s. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String logTail() {
        String all = log();
        return all.length() <= 6000 ? all : all.substring(all.length() - 6000);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }

    /** What a one-shot command answered. */
    public record Outcome(int status, String output) {
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
