package vn.laichau.par.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionPolicyTest {

    @Test
    void restartsWaitLongerAfterEachCrashInARowUpToTheBound() {
        DatabaseSupervisor.Policy policy = DatabaseSupervisor.Policy.standard();

        assertThat(List.of(1, 2, 3, 5, 6, 50).stream().map(policy::delayAfter).map(Duration::toSeconds).toList())
                .containsExactly(1L, 2L, 4L, 16L, 30L, 30L);
    }
}
