package vn.laichau.par.api.dashboard;

import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.laichau.par.api.config.JsonProvider;

/**
 * Dashboard answers kept in memory, with their entity tag, while the data they were computed from has not
 * changed: an answer is reused when it was made for the same request and the same {@link DataStamp}, and for
 * {@link #MAX_AGE} at most, so that a change whose transaction committed after a later one's is seen within
 * that time. Each instance keeps its own; the stamp comes from the shared database, so instances agree.
 */
final class SummaryCache<K, V> {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final int MAX_ENTRIES = 512;

    /** An answer and the tag of its JSON. */
    record Answer<V>(V value, EntityTag tag) {
    }

    private record Entry<V>(String stamp, long madeAtNanos, Answer<V> answer) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    Answer<V> get(K key, String stamp, Supplier<V> compute) {
        long now = System.nanoTime();
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

    private static EntityTag tagOf(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JsonProvider.MAPPER.writeValueAsBytes(value));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
