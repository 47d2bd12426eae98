package vn.laichau.par.application.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Dashboard answers kept in memory, with their tag, while the data they were computed from has not changed: an
 * answer is reused when it was made for the same request and the same data stamp, and for {@link #MAX_AGE} at
 * most, so that a change whose transaction committed after a later one's is seen within that time. Each
 * instance keeps its own; the stamp comes from the shared database, so instances agree.
 */
final class SummaryCache<V> {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final int MAX_ENTRIES = 512;

    private record Entry<V>(String stamp, long madeAtNanos, Answer<V> answer) {
    }

    private final Map<Object, Entry<V>> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    SummaryCache() {
        this(System::nanoTime);
    }

    SummaryCache(LongSupplier nanos) {
        this.nanos = nanos;
    }

    Answer<V> get(Object key, String stamp, Supplier<V> compute) {
        long now = nanos.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.stamp().equals(stamp) && now - entry.madeAtNanos() < MAX_AGE.toNanos()) {
            return entry.answer();
        }
        V value = compute.get();
        Answer<V> answer = new Answer<>(value, tagOf(value));
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(stamp, now, answer));
        return answer;
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
