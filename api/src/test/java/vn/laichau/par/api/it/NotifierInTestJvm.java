package vn.laichau.par.api.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.api.telegram.TelegramAlertChannel;
import vn.laichau.par.bot.telegram.BotApiTelegramGateway;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.testsupport.MutableClock;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.delivery.DispatchReport;
import vn.laichau.par.notifier.delivery.DispatchSettings;
import vn.laichau.par.notifier.delivery.Dispatcher;
import vn.laichau.par.notifier.delivery.TelegramThrottle;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.api.telegram.BotActionCommands;
import vn.laichau.par.notifier.outbox.OpenItemsCheck;
import vn.laichau.par.notifier.outbox.PlanningSource;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.outbox.ChannelAddress;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The notifier's dispatcher wired as the application wires it — the send-time check of items, the application's
 * {@link TelegramAlertChannel} over the real Telegram library — running in the test JVM on the container's
 * database and sending to the fake Bot API the running application's bot polls. The application's own schedules
 * are off in the container tests; this dispatcher's clock stands in 2020, so that it claims only the messages
 * written here, whose sending time lies before it.
 */
final class NotifierInTestJvm implements AutoCloseable {

    private static final Instant NOT_BEFORE = Instant.parse("2019-12-31T00:00:00Z");

    private final MutableClock clock;
    private final BotApiTelegramGateway gateway;
    /** The one entity manager of this single-threaded dispatcher, in a resource-local transaction per unit of work. */
    private final EntityManager em = Jpa.factory().createEntityManager();
    private final UnitOfWork transactions = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                T result = work.get();
                tx.commit();
                return result;
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
                em.clear();
            }
        }
    };
    private final Dispatcher dispatcher;

    NotifierInTestJvm(FakeBotApi telegram) {
        this(telegram, Instant.parse("2020-01-01T01:00:00Z"));
    }

    /** @param now the dispatcher's time: it claims what is due by then, the other tests' messages too */
    NotifierInTestJvm(FakeBotApi telegram, Instant now) {
        clock = new MutableClock(now);
        gateway = new BotApiTelegramGateway(telegram.settings());
        dispatcher = new Dispatcher(transactions, new OutboxRepository(em), new TelegramPreferenceRepository(em),
                List.of(new TelegramAlertChannel(gateway, Optional.of("123456:test-token"))),
                TelegramThrottle.telegramLimits(), DispatchSettings.defaults(),
                clock, clock::advance, () -> 0.0, "it-" + ProcessHandle.current().pid(),
                new OpenItemsCheck(new PlanningSource(Jpa.dataSource(), "SO_NOI_VU"), AlertPolicy.defaults(),
                        WorkingDayCalendar::vietnam, new AlertMessageRenderer(new BotActionCommands())), null);
    }

    /**
     * Writes the day's reminder about {@code occurrence} to the official linked to {@code chat}, as the planner
     * writes one (the text to be written when sent), and dispatches it.
     */
    DispatchReport remind(long chat, long occurrence, LocalDate day) throws Exception {
        long official = number("SELECT id FROM official WHERE telegram_chat_id = " + chat);
        write(AlertKind.REMINDER, official, chat, occurrence, day);
        return dispatch();
    }

    /** Writes the day's reminder about {@code occurrence} to a subscribed group chat, and dispatches it. */
    DispatchReport remindGroup(long groupChat, long occurrence, LocalDate day) throws Exception {
        write(AlertKind.GROUP_REMINDER, groupChat, groupChat, occurrence, day);
        return dispatch();
    }

    /** Sends what is due. */
    DispatchReport dispatch() throws InterruptedException {
        return dispatcher.dispatchDue(5);
    }

    /** Dispatches until a run claims nothing. */
    void dispatchUntilIdle() throws InterruptedException {
        for (int run = 0; run < 20 && dispatcher.dispatchDue(5).claimed() > 0; run++) {
            clock.advance(java.time.Duration.ofSeconds(1));
        }
    }

    private static void write(AlertKind kind, long recipient, long chat, long occurrence, LocalDate day)
            throws Exception {
        LocalDate due = LocalDate.parse(text("SELECT due_date FROM occurrence WHERE id = " + occurrence));
        String key = kind.name() + "/daily/" + recipient + "/" + day;
        OutboxRow row = new OutboxRow(key, kind.name(), "daily", recipient, day, NOT_BEFORE, "Nhắc việc", "", "",
                List.of(new ChannelAddress("TELEGRAM", Long.toString(chat))), Set.of(occurrence),
                Map.of(occurrence, due));
        Jpa.inTransaction(em -> new OutboxRepository(em).write(List.of(row), Instant.now()));
    }

    static long number(String sql) throws Exception {
        return Long.parseLong(text(sql));
    }

    static String text(String sql) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return rs.getString(1);
        }
    }

    @Override
    public void close() {
        gateway.close();
        em.close();
    }
}
