package vn.laichau.par.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SummaryCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final SummaryCache<List<String>> cache = new SummaryCache<>(nanos::get);

    private Answer<List<String>> ask(String stamp, String value) {
        return cache.get("key", stamp, () -> {
            computed.incrementAndGet();
            return List.of(value);
        });
    }

    @Test
    void anAnswerIsReusedWhileTheStampIsUnchangedAndNoLongerThanItsMaximumAge() {
        Answer<List<String>> first = ask("s1", "a");
        assertThat(ask("s1", "b")).isSameAs(first);
        assertThat(computed).hasValue(1);

        nanos.addAndGet(SummaryCache.MAX_AGE.toNanos());
        assertThat(ask("s1", "a").tag()).isEqualTo(first.tag());
        assertThat(computed).hasValue(2);
    }

    @Test
    void anUntaggedCacheKeepsItsAnswersWithoutHashingThem() {
        SummaryCache<List<String>> untagged = SummaryCache.untagged();
        Answer<List<String>> first = untagged.get("key", "s1", () -> List.of("a"));
        assertThat(untagged.get("key", "s1", () -> List.of("b"))).isSameAs(first);
        assertThat(first.tag()).isEmpty();
        assertThat(untagged.get("key", "s2", () -> List.of("b")).value()).containsExactly("b");
    }

    @Test
    void aChangedStampComputesAgainAndAnotherContentGetsAnotherTag() {
        Answer<List<String>> first = ask("s1", "a");
        Answer<List<String>> changed = ask("s2", "b");
        assertThat(changed.value()).containsExactly("b");
        assertThat(changed.tag()).isNotEqualTo(first.tag());
        assertThat(ask("s3", "a").tag()).isEqualTo(first.tag());
    }

    @Test
    void requestsArrivingWhileTheAnswerIsComputedWaitForThatOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<Answer<List<String>>> first = pool.submit(() -> cache.get("key", "s1", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return List.of("a");
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Answer<List<String>>>> waiting = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                waiting.add(pool.submit(() -> ask("s1", "b")));
            }
            Thread.sleep(200);
            assertThat(waiting).noneMatch(Future::isDone);
            release.countDown();
            Answer<List<String>> answer = first.get(10, TimeUnit.SECONDS);
            for (Future<Answer<List<String>>> other : waiting) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(answer);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationFailsItsOwnRequestAndTheNextRequestComputesAgain() {
        assertThatThrownBy(() -> cache.get("key", "s1", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(ask("s1", "a").value()).containsExactly("a");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
