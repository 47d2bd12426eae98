package vn.laichau.par.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void aChangedStampComputesAgainAndAnotherContentGetsAnotherTag() {
        Answer<List<String>> first = ask("s1", "a");
        Answer<List<String>> changed = ask("s2", "b");
        assertThat(changed.value()).containsExactly("b");
        assertThat(changed.tag()).isNotEqualTo(first.tag());
        assertThat(ask("s3", "a").tag()).isEqualTo(first.tag());
    }
}
