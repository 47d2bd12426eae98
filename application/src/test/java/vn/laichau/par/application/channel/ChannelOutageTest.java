package vn.laichau.par.application.channel;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.channel.ChannelOutageRepository;
import vn.laichau.par.persistence.notification.NotificationRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * A channel's state on the board, and the one feed item per long outage for each administrator — on the test
 * run's MariaDB, with two boards standing for two server instances.
 */
class ChannelOutageTest {

    private static final ZoneId LAI_CHAU = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return LAI_CHAU;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final UnitOfWork transactions = new UnitOfWork() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return Jpa.inBoundTransaction(em -> work.get());
        }
    };
    private long admin;
    private long secondAdmin;
    private long official;

    @BeforeEach
    void officials() {
        Jpa.cleanAndLoadShippedPlan();
        long agency = Jpa.count("SELECT MIN(id) FROM agency");
        admin = add("quantri1", agency, Role.ADMIN);
        secondAdmin = add("quantri2", agency, Role.ADMIN);
        official = add("canbo1", agency, Role.OFFICIAL);
    }

    private static long add(String username, long agency, Role role) {
        return Jpa.inTransaction(em -> {
            Official added = new OfficialRepository(em).add(new Official(username, username, agency, EnumSet.of(role)));
            em.flush();
            return added.id();
        });
    }

    private ChannelBoard instance() {
        EntityManager em = Jpa.transactionsEntityManager();
        return new ChannelBoard(clock, new AdministratorOutageNotice(transactions, new ChannelOutageRepository(em),
                new OfficialRepository(em), new NotificationRepository(em, clock), clock));
    }

    private void advance(Duration by) {
        now.set(now.get().plus(by));
    }

    private static List<String> feedTitles(long officialId) {
        return Jpa.inTransaction(em -> new NotificationRepository(em, Clock.systemUTC()).page(officialId, 0, 100))
                .stream().map(n -> n.title()).toList();
    }

    @Test
    void aChannelShowsDownSinceItsFirstFailureWithTheLastErrorAndUpAgainOnceItAnswers() {
        ChannelBoard board = instance();
        ChannelWatch telegram = board.watch("telegram");
        assertThat(board.status("telegram")).hasValueSatisfying(s -> assertThat(s.up()).isFalse());

        telegram.up();
        advance(Duration.ofMinutes(1));
        telegram.down("getUpdates: java.net.ConnectException: Connection refused");
        advance(Duration.ofMinutes(2));
        telegram.down("getUpdates: HTTP 502 Bad Gateway");

        ChannelStatus down = board.status("telegram").orElseThrow();
        assertThat(down.up()).isFalse();
        assertThat(down.since()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(down.lastError()).contains("getUpdates: HTTP 502 Bad Gateway");
        assertThat(down.checkedAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));

        advance(Duration.ofMinutes(1));
        telegram.up();
        ChannelStatus up = board.status("telegram").orElseThrow();
        assertThat(up.up()).isTrue();
        assertThat(up.since()).isEqualTo(START.plus(Duration.ofMinutes(4)));
        assertThat(up.lastError()).isEmpty();
        assertThat(board.statuses()).extracting(ChannelStatus::channel).containsExactly("telegram");
    }

    @Test
    void aChannelDownForMoreThanAnHourPutsOneItemInEachAdministratorsFeedNotOnePerRetry() {
        ChannelWatch telegram = instance().watch("telegram");
        telegram.down("getUpdates: java.net.ConnectException: Connection refused");
        for (int minute = 5; minute < 60; minute += 5) {
            advance(Duration.ofMinutes(5));
            telegram.down("getUpdates: java.net.ConnectException: Connection refused");
        }
        assertThat(feedTitles(admin)).isEmpty();

        advance(Duration.ofMinutes(5));
        telegram.down("getUpdates: java.net.SocketTimeoutException: timeout");
        for (int retry = 0; retry < 12; retry++) {
            advance(Duration.ofMinutes(5));
            telegram.down("getUpdates: java.net.SocketTimeoutException: timeout");
        }

        assertThat(feedTitles(admin)).containsExactly(
                "Kênh Telegram mất kết nối hơn 1 giờ — Telegram down for more than an hour");
        assertThat(feedTitles(secondAdmin)).hasSize(1);
        assertThat(feedTitles(official)).isEmpty();
        String body = Jpa.inTransaction(em -> new NotificationRepository(em, clock).page(admin, 0, 1).get(0).body());
        assertThat(body).contains("08:00 02/03/2026").contains("java.net.SocketTimeoutException");
    }

    @Test
    void twoInstancesSeeingTheSameOutageTellTheAdministratorsOnceAndANewOutageIsToldAgain() {
        ChannelWatch first = instance().watch("zalo");
        ChannelWatch second = instance().watch("zalo");
        first.down("getUpdates: HTTP 503");
        advance(Duration.ofMinutes(3));
        second.down("getUpdates: HTTP 503");
        advance(Duration.ofMinutes(62));
        first.down("getUpdates: HTTP 503");
        second.down("getUpdates: HTTP 503");
        advance(Duration.ofMinutes(5));
        second.down("getUpdates: HTTP 503");
        assertThat(feedTitles(admin)).hasSize(1);

        first.up();
        second.up();
        advance(Duration.ofHours(3));
        first.down("getUpdates: HTTP 500");
        advance(Duration.ofMinutes(30));
        first.down("getUpdates: HTTP 500");
        assertThat(feedTitles(admin)).hasSize(1);
        advance(Duration.ofMinutes(31));
        first.down("getUpdates: HTTP 500");
        assertThat(feedTitles(admin)).hasSize(2).allSatisfy(title -> assertThat(title).startsWith("Kênh Zalo"));
    }
}
