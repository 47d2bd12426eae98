package vn.laichau.par.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.command.ChatRateLimiter.Verdict;

class ChatRateLimiterTest {

    private final Instant start = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void beyondTheLimitAChatIsWarnedOnceThenDropped() {
        ChatRateLimiter limiter = new ChatRateLimiter(3, Duration.ofSeconds(10));
        assertThat(limiter.check(1, start)).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1, start)).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1, start)).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1, start)).isEqualTo(Verdict.WARN);
        assertThat(limiter.check(1, start)).isEqualTo(Verdict.DROP);
        assertThat(limiter.check(2, start)).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void theWindowSlides() {
        ChatRateLimiter limiter = new ChatRateLimiter(2, Duration.ofSeconds(10));
        limiter.check(1, start);
        limiter.check(1, start.plusSeconds(5));
        assertThat(limiter.check(1, start.plusSeconds(9))).isEqualTo(Verdict.WARN);
        assertThat(limiter.check(1, start.plusSeconds(10))).isEqualTo(Verdict.ALLOW);
        assertThat(limiter.check(1, start.plusSeconds(11))).isEqualTo(Verdict.WARN);
    }
}
