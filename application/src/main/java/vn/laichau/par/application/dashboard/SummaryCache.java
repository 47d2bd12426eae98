package vn.laichau.par.application.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Dashboard answers (the occurrence dashboards, the PAR INDEX points at risk) kept in memory, with their tag, while the data they were computed from has not changed: an
 * answer is reused when it was made for the same request and the same data stamp, and for {@link #MAX_AGE} at
 * most, so that a change whose transaction committed after a later one's is seen within that time. Each
 * instance keeps its own; the stamp comes from the shared database, so instances agree.
 *
 * <p>One computation per request at a time: requests that find no usable answer while another request computes
 * the same one wait for it and share its result, rather than each computing it (a dashboard over a million
 * occurrences computed by every waiting request at once held all of them past any client's patience).
 */
public final class SummaryCache<V> {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final int MAX_ENTRIES = 512;

    private record Entry<V>(String stamp, long madeAtNanos, Answer<V> answer) {
    }

    private final Map<Object, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<Object, CompletableFuture<Entry<V>>> computing = new ConcurrentHashMap<>();
    private final LongSupplier nanos;
    private final boolean tagged;

    public SummaryCache() {
        this(System::nanoTime, true);
    }

    SummaryCache(LongSupplier nanos) {
        this(nanos, true);
    }

    private SummaryCache(LongSupplier nanos, boolean tagged) {
        this.nanos = nanos;
        this.tagged = tagged;
    }

    /**
     * A cache whose answers carry an empty tag: for an answer that is not sent as it is kept (a part of it is),
     * so that hashing all of it would be wasted.
     */
    public static <V> SummaryCache<V> untagged() {
        return new SummaryCache<>(System::nanoTime, false);
    }

    /**
     * The answer kept for {@code key} if it was made for {@code stamp} less than {@link #MAX_AGE} ago, else the
     * one {@code compute} makes (or another request computing it at the same time made for the same stamp).
     */
    public Answer<V> get(Object key, String stamp, Supplier<V> compute) {
        Entry<V> entry = entries.get(key);
        if (usable(entry, stamp)) {
            return entry.answer();
        }
        CompletableFuture<Entry<V>> mine = new CompletableFuture<>();
        CompletableFuture<Entry<V>> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            Entry<V> shared = awaitQuietly(running);
            if (shared != null && shared.stamp().equals(stamp)) {
                return shared.answer();
            }
            // made for other data, or failed: this request computes its own answer
            return compute(key, stamp, compute).answer();
        }
        try {
            entry = entries.get(key);
            Entry<V> made = usable(entry, stamp) ? entry : compute(key, stamp, compute);
            mine.complete(made);
            return made.answer();
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    private boolean usable(Entry<V> entry, String stamp) {
        return entry != null && entry.stamp().equals(stamp)
                && nanos.getAsLong() - entry.madeAtNanos() < MAX_AGE.toNanos();
    }

    private Entry<V> compute(Object key, String stamp, Supplier<V> compute) {
        long now = nanos.getAsLong();
        V value = compute.get();
        Entry<V> made = new Entry<>(stamp, now, new Answer<>(value, tagged ? tagOf(value) : ""));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, made);
        return made;
    }

    private static <V> Entry<V> awaitQuietly(CompletableFuture<Entry<V>> running) {
        try {
            return running.join();
        } catch (CompletionException | CancellationException e) {
            return null;
        }
    }

    /** A hash of the answer's content: records print every component, lists and maps in their order. */
    static String tagOf(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
