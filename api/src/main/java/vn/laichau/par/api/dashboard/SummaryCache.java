package vn.laichau.par.api.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dashboard answers kept in memory while the data they were computed from has not changed: an answer is
 * reused when it was made for the same request and the same {@link DataStamp}, and for {@link #MAX_AGE} at
 * most, so that a change whose transaction committed after a later one's is seen within that time. Each
 * instance keeps its own; the stamp comes from the shared database, so instances agree.
 */
final class SummaryCache<K, V> {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final int MAX_ENTRIES = 512;

    private record Entry<V>(String stamp, long madeAtNanos, V value) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    V get(K key, String stamp, Supplier<V> compute) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.stamp().equals(stamp) && now - entry.madeAtNanos() < MAX_AGE.toNanos()) {
            return entry.value();
        }
        V value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(stamp, now, value));
        return value;
    }
}
