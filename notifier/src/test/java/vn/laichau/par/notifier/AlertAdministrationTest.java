package vn.laichau.par.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.notification.OutboxStatus;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.testing.BotCommandWords;
import vn.laichau.par.notifier.testing.NotifierDb;

class AlertAdministrationTest {

    private static final Instant NOW = Instant.parse("2025-10-16T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW.plusSeconds(600), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate DAY = LocalDate.of(2025, 10, 16);

    private long dead;
    private long sent;

    @BeforeEach
    void outboxWithADeadAndASentMessage() {
        NotifierDb.clean();
        NotifierDb.inTransaction(em -> new OutboxRepository(em).write(List.of(row(1), row(2)), NOW));
        NotifierDb.inTransaction(em -> {
            OutboxRepository outbox = new OutboxRepository(em);
            var claimed = outbox.claim("w", NOW, Duration.ofMinutes(5), 10);
            dead = claimed.get(0).id();
            sent = claimed.get(1).id();
            outbox.markDead(dead, "w", "TELEGRAM: 403 Forbidden");
            outbox.markSent(sent, "w", NOW, "TELEGRAM", "42");
            return null;
        });
    }

    private static OutboxRow row(long recipient) {
        return new OutboxRow("REMINDER/daily/" + recipient + "/" + DAY, "REMINDER", "daily", recipient, DAY, NOW,
                "Nhắc hạn", "Còn 3 ngày làm việc", "<b>Nhắc hạn</b>",
                List.of(new ChannelAddress("TELEGRAM", "1" + recipient), new ChannelAddress("IN_APP", "" + recipient)),
                Set.of(100L + recipient));
    }

    private static <T> T admin(java.util.function.Function<AlertAdministration, T> call) {
        return NotifierDb.inTransaction(em -> call.apply(new AlertAdministration(new AlertMessageRenderer(BotCommandWords.INSTANCE), null, new OutboxRepository(em), null,
                CLOCK, true)));
    }

    @Test
    void theOutboxIsListedCountedAndShownWithChannelsAndOccurrences() {
        List<AlertAdministration.Message> failures = admin(a -> a.failures(0, 10));
        List<AlertAdministration.Message> sentOnes = admin(a -> a.outbox(Optional.of(OutboxStatus.SENT),
                Optional.of(DAY), 0, 10));
        assertThat(failures).extracting(AlertAdministration.Message::id).containsExactly(dead);
        assertThat(sentOnes).extracting(AlertAdministration.Message::id).containsExactly(sent);
        java.util.Map<OutboxStatus, Long> counts = admin(AlertAdministration::countByStatus);
        assertThat(counts).containsEntry(OutboxStatus.DEAD, 1L)
                .containsEntry(OutboxStatus.SENT, 1L);
        AlertAdministration.Message one = admin(a -> a.message(dead));
        assertThat(one.lastError()).contains("TELEGRAM: 403 Forbidden");
        assertThat(one.channels()).hasValueSatisfying(c -> assertThat(c).hasSize(2));
        assertThat(one.occurrences()).hasValueSatisfying(o -> assertThat(o).hasSize(1));
        assertThat(failures.get(0).channels()).isEmpty();
    }

    @Test
    void aDeadMessageIsRetriedAndAnyOtherIsRefused() {
        AlertAdministration.Message retried = admin(a -> a.retry(dead));
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE status = 'DEAD'")).isZero();

        assertThatThrownBy(() -> admin(a -> a.retry(sent)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("alert-not-dead"));
        assertThatThrownBy(() -> admin(a -> a.message(999_999)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("alert-not-found"));
    }
}
