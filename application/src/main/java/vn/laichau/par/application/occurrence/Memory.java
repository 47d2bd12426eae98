package vn.laichau.par.application.occurrence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out once, by key, kept for the next request: at most {@code capacity} entries, all forgotten at
 * once when full (the keys of a plan are few; a memory that fills up holds keys no plan needs again).
 */
final class Memory<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    Memory(int capacity) {
        this.capacity = capacity;
    }

    /** The value kept for {@code key}, or null. */
    V get(K key) {
        return entries.get(key);
    }

    /** Keeps {@code value} for {@code key}, forgetting everything first when full. */
    V keep(K key, V value) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, value);
        return value;
    }

    /** The value kept for {@code key}, worked out and kept if there is none. */
    V of(K key, Function<K, V> work) {
        V known = entries.get(key);
        return known != null ? known : keep(key, work.apply(key));
    }
}
