package vn.laichau.par.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TelegramThrottleTest {

    private static final Instant T0 = Instant.parse("2025-10-16T00:00:00Z");

    @Test
    void thirtyChatsGoAtOnceThenThirtyASecond() {
        TelegramThrottle throttle = TelegramThrottle.telegramLimits();

        for (int chat = 0; chat < 30; chat++) {
            assertThat(throttle.reserve(Integer.toString(chat), T0)).isZero();
        }
        Duration last = Duration.ZERO;
        for (int chat = 30; chat < 90; chat++) {
            last = throttle.reserve(Integer.toString(chat), T0);
        }

        assertThat(last).isBetween(Duration.ofMillis(1_960), Duration.ofMillis(2_000));
    }

    @Test
    void oneChatGetsOneMessageASecond() {
        TelegramThrottle throttle = TelegramThrottle.telegramLimits();

        assertThat(throttle.reserve("1001", T0)).isZero();
        assertThat(throttle.reserve("1001", T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.reserve("1001", T0.plusMillis(500))).isEqualTo(Duration.ofMillis(1_500));
        assertThat(throttle.reserve("1001", T0.plusSeconds(5))).as("after a pause, at once again").isZero();
    }

    @Test
    void aGroupGetsTwentyMessagesAMinute() {
        TelegramThrottle throttle = TelegramThrottle.telegramLimits();

        assertThat(throttle.reserve("-100123", T0)).isZero();
        assertThat(throttle.reserve("-100123", T0)).isEqualTo(Duration.ofSeconds(3));
        assertThat(throttle.waitFor("-100123", T0.plusSeconds(6))).isZero();
    }

    @Test
    void idleChatsAreForgottenWithoutLosingTheirLimit() {
        TelegramThrottle throttle = new TelegramThrottle(1_000_000, 1, 20);

        for (int chat = 0; chat < 10_001; chat++) {
            throttle.reserve(Integer.toString(chat), T0);
        }
        Instant later = T0.plusSeconds(2);

        assertThat(throttle.reserve("0", later)).isZero();
        assertThat(throttle.reserve("0", later)).isEqualTo(Duration.ofSeconds(1));
    }
}
