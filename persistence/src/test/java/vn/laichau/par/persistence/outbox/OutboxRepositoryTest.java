package vn.laichau.par.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.notification.OutboxStatus;
import vn.laichau.par.persistence.Jpa;

class OutboxRepositoryTest {

    private static final Instant NOW = Instant.parse("2025-10-16T00:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 10, 16);

    @BeforeEach
    void empty() {
        Jpa.clean();
    }

    private static OutboxRow row(long recipient) {
        return new OutboxRow("REMINDER/daily/" + recipient + "/" + DAY, "REMINDER", "daily", recipient, DAY, NOW,
                "Nhắc hạn", "Còn 3 ngày làm việc", "<b>Nhắc hạn</b>",
                List.of(new ChannelAddress("TELEGRAM", "1" + recipient), new ChannelAddress("IN_APP", "" + recipient)),
                Set.of(100L + recipient));
    }

    @Test
    void writingTheSameRowsAgainAddsNothing() {
        int first = Jpa.inTransaction(em -> new OutboxRepository(em).write(List.of(row(1), row(2)), NOW));
        int again = Jpa.inTransaction(em -> new OutboxRepository(em).write(List.of(row(2), row(3)), NOW));

        assertThat(first).isEqualTo(2);
        assertThat(again).isEqualTo(1);
        assertThat(Jpa.count("SELECT COUNT(*) FROM alert_outbox")).isEqualTo(3);
        assertThat(Jpa.count("SELECT COUNT(*) FROM alert_outbox_channel")).isEqualTo(6);
        List<String> items = Jpa.inTransaction(em -> ((List<?>) em.createNativeQuery("SELECT items FROM alert_outbox "
                + "ORDER BY recipient_id").getResultList()).stream().map(String::valueOf).toList());
        assertThat(items).containsExactly("101", "102", "103");
    }

    @Test
    void listingFailuresAndCountsSeeWhatTheDispatcherRecorded() {
        Jpa.inTransaction(em -> new OutboxRepository(em).write(List.of(row(1), row(2), row(3)), NOW));
        Jpa.inTransaction(em -> {
            OutboxRepository outbox = new OutboxRepository(em);
            var claimed = outbox.claim("w", NOW, Duration.ofMinutes(5), 10);
            outbox.markDead(claimed.get(0).id(), "w", "TELEGRAM: 403 Forbidden");
            outbox.reschedule(claimed.get(1).id(), "w", NOW.plusSeconds(30), "TELEGRAM: 500");
            outbox.markSent(claimed.get(2).id(), "w", NOW, "TELEGRAM", "42");
            return null;
        });

        List<OutboxMessage> failures = Jpa.inTransaction(em -> new OutboxRepository(em).failures(0, 10));
        List<OutboxMessage> dead = Jpa.inTransaction(em -> new OutboxRepository(em)
                .list(Optional.of(OutboxStatus.DEAD), Optional.of(DAY), 0, 10));
        var counts = Jpa.inTransaction(em -> new OutboxRepository(em).countByStatus());

        assertThat(failures).extracting(OutboxMessage::status)
                .containsExactlyInAnyOrder(OutboxStatus.DEAD, OutboxStatus.PENDING);
        assertThat(dead).singleElement().satisfies(m -> assertThat(m.lastError()).contains("TELEGRAM: 403 Forbidden"));
        assertThat(counts).containsEntry(OutboxStatus.SENT, 1L).containsEntry(OutboxStatus.DEAD, 1L)
                .containsEntry(OutboxStatus.PENDING, 1L).containsEntry(OutboxStatus.CLAIMED, 0L);
        String key = failures.get(0).alertKey();
        List<ChannelAddress> channels = Jpa.inTransaction(em -> new OutboxRepository(em).channelsOf(key));
        List<Long> occurrences = Jpa.inTransaction(em -> new OutboxRepository(em).occurrencesOf(key));
        assertThat(channels).hasSize(2);
        assertThat(occurrences).hasSize(1);
    }
}
