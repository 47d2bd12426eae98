package vn.laichau.par.bot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectBackOffTest {

    private static List<Long> pauses(ReconnectBackOff backOff, int count) {
        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pauses.add(backOff.nextBackOffMillis());
        }
        return pauses;
    }

    @Test
    void pausesDoubleFromOneSecondUpToFiveMinutesAndStayThere() {
        ReconnectBackOff withoutJitter = new ReconnectBackOff(ReconnectBackOff.INITIAL, ReconnectBackOff.MAX, () -> 0);

        assertThat(pauses(withoutJitter, 12)).containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L,
                64_000L, 128_000L, 256_000L, 300_000L, 300_000L, 300_000L);
    }

    @Test
    void jitterTakesUpToAQuarterOffEachStepAndNeverExceedsTheCap() {
        ReconnectBackOff mostJitter = new ReconnectBackOff(ReconnectBackOff.INITIAL, ReconnectBackOff.MAX, () -> 1);
        assertThat(pauses(mostJitter, 4)).containsExactly(750L, 1_500L, 3_000L, 6_000L);

        ReconnectBackOff random = ReconnectBackOff.standard();
        List<Long> drawn = pauses(random, 40);
        assertThat(drawn.get(0)).isBetween(750L, 1_000L);
        assertThat(drawn).allSatisfy(pause -> assertThat(pause).isBetween(750L, 300_000L));
        assertThat(drawn.subList(20, 40)).allSatisfy(pause -> assertThat(pause).isBetween(225_000L, 300_000L));
        assertThat(new HashSet<>(drawn.subList(20, 40))).as("jittered, not all alike").hasSizeGreaterThan(5);
    }

    @Test
    void aSuccessStartsAgainFromTheFirstPause() {
        ReconnectBackOff backOff = new ReconnectBackOff(ReconnectBackOff.INITIAL, ReconnectBackOff.MAX, () -> 0);
        pauses(backOff, 6);
        backOff.reset();
        assertThat(backOff.next()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aCapBelowTheFirstPauseIsRefused() {
        assertThatThrownBy(() -> new ReconnectBackOff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
