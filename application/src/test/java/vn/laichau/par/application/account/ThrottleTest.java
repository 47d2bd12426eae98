package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-25T05:00:00Z");
    private final Throttle throttle = new Throttle(3, Duration.ofMinutes(15), Duration.ofMinutes(10));

    @Test
    void reachingTheLimitWithinTheWindowLocksForTheLockTime() {
        Throttle.State state = null;
        for (int i = 0; i < 2; i++) {
            state = throttle.afterFailure(state, NOON.plusSeconds(i));
            assertThat(state.lockedAt(NOON.plusSeconds(i))).isFalse();
        }
        state = throttle.afterFailure(state, NOON.plusSeconds(2));

        assertThat(state.failures()).isEqualTo(3);
        assertThat(state.lockedUntil()).isEqualTo(NOON.plusSeconds(2).plus(Duration.ofMinutes(10)));
        assertThat(state.lockedAt(NOON.plus(Duration.ofMinutes(9)))).isTrue();
        assertThat(state.lockedAt(NOON.plus(Duration.ofMinutes(11)))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        Throttle.State state = throttle.afterFailure(null, NOON);
        state = throttle.afterFailure(state, NOON.plusSeconds(60));

        Throttle.State later = throttle.afterFailure(state, NOON.plus(Duration.ofMinutes(16)));

        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.windowStart()).isEqualTo(NOON.plus(Duration.ofMinutes(16)));
        assertThat(later.lockedUntil()).isNull();
    }

    @Test
    void accountsLockAfterFiveFailuresAndAddressesAfterThirty() {
        Throttle.State account = null;
        Throttle.State address = null;
        for (int i = 1; i <= 30; i++) {
            account = Throttle.ACCOUNT.afterFailure(account, NOON.plusSeconds(i));
            address = Throttle.ADDRESS.afterFailure(address, NOON.plusSeconds(i));
            assertThat(account.lockedAt(NOON.plusSeconds(i))).as("account after %d", i).isEqualTo(i >= 5);
            assertThat(address.lockedAt(NOON.plusSeconds(i))).as("address after %d", i).isEqualTo(i >= 30);
        }
    }
}
