package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sign-in delay rule: a few free attempts, then waits that double up to a cap; nothing is locked for good. */
class ThrottleTest {

    private static final Instant NOON = Instant.parse("2026-11-25T05:00:00Z");
    private final Throttle throttle = new Throttle(3, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofHours(1));

    @Test
    void theFirstAttemptsAreFreeThenTheWaitDoublesUpToTheCap() {
        assertThat(throttle.delayAfter(1)).isZero();
        assertThat(throttle.delayAfter(2)).isZero();
        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delayAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delayAfter(9)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.delayAfter(1_000_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void eachAttemptIsCountedAndTheNextOneWaitsAsLongAsTheRuleSays() {
        Throttle.State state = null;
        Instant now = NOON;
        for (int i = 1; i <= 2; i++) {
            assertThat(throttle.mustWait(state, now)).isFalse();
            state = throttle.afterAttempt(state, now);
            assertThat(state.attempts()).isEqualTo(i);
            assertThat(state.blockedUntil()).isNull();
        }
        state = throttle.afterAttempt(state, now);
        assertThat(state.blockedUntil()).isEqualTo(now.plusSeconds(1));
        assertThat(throttle.mustWait(state, now.plusMillis(999))).isTrue();
        assertThat(throttle.mustWait(state, now.plusSeconds(1))).isFalse();

        now = now.plusSeconds(1);
        state = throttle.afterAttempt(state, now);
        assertThat(state.blockedUntil()).isEqualTo(now.plusSeconds(2));
        now = now.plusSeconds(2);
        state = throttle.afterAttempt(state, now);
        assertThat(state.attempts()).isEqualTo(5);
        assertThat(state.blockedUntil()).isEqualTo(now.plusSeconds(4));
    }

    @Test
    void aSubjectLeftAloneLongEnoughStartsAfresh() {
        Throttle.State state = new Throttle.State(9, NOON, NOON.plusSeconds(60));

        Throttle.State later = throttle.afterAttempt(state, NOON.plus(Duration.ofHours(1)));

        assertThat(later.attempts()).isEqualTo(1);
        assertThat(later.blockedUntil()).isNull();
    }

    @Test
    void aRightPasswordTakesItsAttemptBackAndLiftsTheWaitItAloneCaused() {
        Throttle.State third = new Throttle.State(3, NOON, NOON.plusSeconds(1));
        Throttle.State tenth = new Throttle.State(10, NOON, NOON.plusSeconds(60));

        assertThat(throttle.afterSuccess(third)).isEqualTo(new Throttle.State(2, NOON, null));
        assertThat(throttle.afterSuccess(tenth)).isEqualTo(new Throttle.State(9, NOON, NOON.plusSeconds(60)));
    }
}
