package vn.laichau.par.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.notification.Notification;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.testsupport.TestDatabase;

class NotificationRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

    private long official;
    private long other;

    @BeforeEach
    void officials() throws Exception {
        Jpa.clean();
        try (var c = TestDatabase.connect(); var s = c.createStatement()) {
            s.execute("INSERT INTO agency (id, code, name, kind) VALUES (1, 'SNV', 'Sở Nội vụ', 'DEPARTMENT')");
            s.execute("INSERT INTO official (id, username, display_name, agency_id) VALUES "
                    + "(10, 'lan', 'Nguyễn Thị Lan', 1), (11, 'minh', 'Trần Văn Minh', 1)");
        }
        official = 10;
        other = 11;
    }

    @Test
    void feedIsPagedInIdOrderPerOfficial() {
        List<Long> ids = Jpa.inTransaction(em -> {
            NotificationRepository repository = new NotificationRepository(em, CLOCK);
            long a = repository.add(official, "Nhắc hạn", "Còn 3 ngày làm việc", null).id();
            repository.add(other, "Nhắc hạn", "Không phải của bạn", null);
            long b = repository.add(official, "Quá hạn", "Quá hạn 2 ngày", null).id();
            long c = repository.add(official, "Tổng hợp", "Tuần này", null).id();
            return List.of(a, b, c);
        });

        List<Notification> first = Jpa.inTransaction(em -> new NotificationRepository(em, CLOCK).page(official, 0, 2));
        List<Notification> second = Jpa.inTransaction(em ->
                new NotificationRepository(em, CLOCK).page(official, first.get(1).id(), 2));

        assertThat(first).extracting(Notification::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(second).extracting(Notification::id).containsExactly(ids.get(2));
        assertThat(first.get(0).createdAt()).isEqualTo(CLOCK.instant());
        assertThat(first.get(0).title()).isEqualTo("Nhắc hạn");
        assertThat(first.get(0).isRead()).isFalse();
    }

    @Test
    void markReadChangesOnlyOnceAndOnlyForTheOwner() {
        long id = Jpa.inTransaction(em -> new NotificationRepository(em, CLOCK).add(official, "Nhắc hạn", "…", null).id());

        assertThat(markRead(other, id)).isFalse();
        assertThat(markRead(official, id)).isTrue();
        assertThat(markRead(official, id)).isFalse();
        assertThat(markRead(official, id + 100)).isFalse();

        Notification read = Jpa.inTransaction(em -> new NotificationRepository(em, CLOCK).find(official, id).orElseThrow());
        assertThat(read.readAt()).contains(CLOCK.instant());
        long unread = Jpa.inTransaction(em -> new NotificationRepository(em, CLOCK).unreadCount(official));
        assertThat(unread).isZero();
    }

    private static boolean markRead(long officialId, long id) {
        return Jpa.inTransaction(em -> new NotificationRepository(em, CLOCK).markRead(officialId, id));
    }
}
