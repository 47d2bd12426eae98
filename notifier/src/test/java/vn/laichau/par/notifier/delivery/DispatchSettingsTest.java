package vn.laichau.par.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DispatchSettingsTest {

    private final DispatchSettings settings = DispatchSettings.defaults();

    @Test
    void theWaitDoublesFromThirtySecondsUpToAnHour() {
        assertThat(settings.backoff(1, Duration.ZERO, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2, Duration.ZERO, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(5, Duration.ZERO, 0)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.backoff(8, Duration.ZERO, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff(40, Duration.ZERO, 0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterShortensByAtMostItsShareAndRetryAfterIsAFloor() {
        assertThat(settings.backoff(2, Duration.ZERO, 0.999)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(60));
        assertThat(settings.backoff(1, Duration.ofSeconds(90), 0.5)).isEqualTo(Duration.ofSeconds(90));
    }
}
