package vn.laichau.par.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;

/** Dispatchers of two server instances keep together to one overall Telegram rate kept in the database. */
class SharedTelegramRateTest {

    private static final int MESSAGES = 40;
    private static final int PER_SECOND = 10;
    private static final LocalDate DAY = LocalDate.of(2025, 10, 16);

    @BeforeEach
    void dueMessagesToFortyChats() {
        NotifierDb.clean();
        Instant due = Instant.now().minusSeconds(60);
        List<OutboxRow> rows = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            rows.add(new OutboxRow("REMINDER/daily/" + (20_000 + i) + "/" + DAY, "REMINDER", "daily", 20_000 + i, DAY,
                    due, "Nhắc việc", "Nhắc việc", "<b>Nhắc việc</b>",
                    List.of(new ChannelAddress("TELEGRAM", Long.toString(70_000 + i))), Set.of()));
        }
        NotifierDb.inTransaction(em -> new OutboxRepository(em).write(rows, due));
    }

    /** One server instance: its own throttle (per-chat limits) on the shared overall rate. */
    private static Dispatcher server(String name, AlertChannel telegram) {
        SendBudget shared = new SharedSendBudget(NotifierDb.UNIT_OF_WORK, NotifierDb.sendBudgets(), SharedSendBudget.TELEGRAM, PER_SECOND,
                Duration.ofSeconds(1), 1);
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), List.of(telegram), new TelegramThrottle(shared, 1, 20),
                DispatchSettings.defaults().withBatchSize(5), Clock.systemUTC(), Sleeper.REAL, () -> 0.0, name);
    }

    @Test
    void twoDispatchersTogetherStayWithinTheSharedRate() throws Exception {
        List<Instant> sends = Collections.synchronizedList(new ArrayList<>());
        List<String> chats = Collections.synchronizedList(new ArrayList<>());
        AlertChannel telegram = new AlertChannel() {
            @Override
            public DeliveryChannel channel() {
                return DeliveryChannel.TELEGRAM;
            }

            @Override
            public SendOutcome send(String address, RenderedMessage message) {
                sends.add(Instant.now());
                chats.add(address);
                return SendOutcome.delivered(address);
            }
        };
        Dispatcher first = server("server-a", telegram);
        Dispatcher second = server("server-b", telegram);

        ExecutorService servers = Executors.newFixedThreadPool(2);
        List<DispatchReport> reports = new ArrayList<>();
        try {
            List<Callable<DispatchReport>> runs = List.of(() -> drain(first), () -> drain(second));
            for (Future<DispatchReport> run : servers.invokeAll(runs)) {
                reports.add(run.get());
            }
        } finally {
            servers.shutdownNow();
        }

        assertThat(reports).allSatisfy(report -> assertThat(report.sent()).isPositive());
        assertThat(reports.get(0).sent() + reports.get(1).sent()).isEqualTo(MESSAGES);
        Map<String, Long> perChat = chats.stream().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertThat(perChat).hasSize(MESSAGES).allSatisfy((chat, count) -> assertThat(count).isOne());
        List<Instant> times = sends.stream().sorted().toList();
        assertThat(Duration.between(times.get(0), times.get(times.size() - 1)))
                .as("40 sends at 10 a second take 3.9 s, however many servers send")
                .isGreaterThanOrEqualTo(Duration.ofMillis(3_800));
        for (Instant start : times) {
            long inOneSecond = times.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(1)))
                    .count();
            assertThat(inOneSecond).as("sends in the second from " + start).isLessThanOrEqualTo(PER_SECOND + 1);
        }
    }

    /** Dispatches until nothing is left; messages deferred by the rate limit come due again within seconds. */
    private static DispatchReport drain(Dispatcher dispatcher) throws InterruptedException {
        DispatchReport total = DispatchReport.NOTHING;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && NotifierDb.count("SELECT COUNT(*) FROM alert_outbox WHERE status <> 'SENT'") > 0) {
            total = total.plus(dispatcher.dispatchDue(100));
            Thread.sleep(20);
        }
        return total;
    }
}
