package vn.laichau.par.notifier.delivery;

import vn.laichau.par.testsupport.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.occurrence.ExtensionDecisions;
import vn.laichau.par.application.occurrence.ExtensionRequests;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.channel.InAppChannel;
import vn.laichau.par.notifier.notice.ExtensionNoticeOutbox;
import vn.laichau.par.notifier.testing.NotifierDb;
import vn.laichau.par.notifier.testing.Seed;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.plan.TaskRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * The notices of an extension request and its decision, written by the use cases in their own transaction and
 * sent by the dispatcher like alerts: every administrator but the requester is told of the request through their
 * channels in order, with the buttons that decide it, at once even in quiet hours; the requester learns the
 * decision and the other administrators who made it; each person once, however often the event is handed over
 * and the dispatcher runs.
 */
class ExtensionNoticesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 16);
    private static final long REQUESTER = 1;
    private static final long ADMIN_ON_TELEGRAM = 8;
    private static final long ADMIN_ON_ZALO = 10;

    /** 22:30 in Lai Châu: quiet hours for alerts. */
    private final MutableClock clock = new MutableClock(DUE.minusDays(2).atTime(22, 30).atZone(VIETNAM).toInstant());
    private final ScriptedChannel zalo = new ScriptedChannel(DeliveryChannel.ZALO);
    private final ScriptedChannel refusingTelegram = new ScriptedChannel(DeliveryChannel.TELEGRAM,
            () -> SendOutcome.unavailable("could not reach the Bot API: connection refused"));
    private final ScriptedChannel email = new ScriptedChannel(DeliveryChannel.EMAIL);

    @BeforeEach
    void province() {
        NotifierDb.clean();
        Seed.province();
        NotifierDb.sql("INSERT INTO official (id, username, display_name, agency_id, head_of_agency, email, "
                        + "telegram_chat_id, zalo_user_id) VALUES (10, 'thao', 'Lường Thị Thảo', 2, FALSE, NULL, 1010, "
                        + "'zalo-thao'), (11, 'cu', 'Quản trị cũ', 2, FALSE, NULL, 1011, NULL)",
                "INSERT INTO official_role (official_id, role) VALUES (1, 'OFFICIAL'), (10, 'ADMIN'), (11, 'ADMIN')",
                "UPDATE official SET active = FALSE WHERE id = 11");
        Seed.occurrence(100, Seed.JUSTICE, DUE);
    }

    private ExtensionNoticeOutbox notices(EntityManager em) {
        return new ExtensionNoticeOutbox(new OutboxRepository(em), new OfficialRepository(em), new TaskRepository(em),
                new AgencyRepository(em), new TelegramPreferenceRepository(em), new AlertChannelOrderRepository(em),
                clock);
    }

    private DeadlineExtension request() {
        return NotifierDb.inTransaction(em -> new ExtensionRequests(new OfficialRepository(em),
                new OccurrenceRepository(em), new AuditTrail(em, clock), notices(em), clock)
                .request(REQUESTER, Channel.API, 100, NotifierDb.count("SELECT version FROM occurrence WHERE id = 100"),
                        LocalDate.of(2025, 12, 31), "Chờ hướng dẫn của Bộ Nội vụ"));
    }

    private DeadlineExtension decide(long admin, DeadlineExtension extension, boolean approve) {
        return NotifierDb.inTransaction(em -> new ExtensionDecisions(new OfficialRepository(em),
                new OccurrenceRepository(em), new AuditTrail(em, clock), notices(em), clock)
                .decide(admin, Channel.BOT, extension.id(), extension.version(), approve, "Zalo: Lường Thị Thảo"));
    }

    private Dispatcher dispatcher() {
        List<AlertChannel> channels = List.of(zalo, refusingTelegram, email,
                new InAppChannel(NotifierDb.UNIT_OF_WORK, NotifierDb.notifications(clock)));
        return new Dispatcher(NotifierDb.UNIT_OF_WORK, NotifierDb.outbox(), NotifierDb.preferences(), channels,
                TelegramThrottle.telegramLimits(), DispatchSettings.defaults(), clock, clock::advance, () -> 0.0,
                "notices", Sending.check(), Sending.window());
    }

    @Test
    void aRequestReachesEveryOtherActiveAdministratorOnceThroughTheirChannelsWithTheButtonsThatDecideIt()
            throws Exception {
        DeadlineExtension extension = request();

        DispatchReport report = dispatcher().dispatchDue(5);

        assertThat(report.sent()).as("two active administrators; not the requester, not the one deactivated")
                .isEqualTo(2);
        assertThat(zalo.calls()).singleElement().satisfies(call -> {
            assertThat(call.address()).isEqualTo("zalo-thao");
            assertThat(call.message().telegramHtml()).contains("Đề nghị gia hạn").contains("kỳ <code>100</code>")
                    .contains("nhiệm vụ I.3").contains("Sở Tư pháp")
                    .contains("Hạn hiện tại 16/10/2025 → đề nghị 31/12/2025")
                    .contains("Lý do: Chờ hướng dẫn của Bộ Nội vụ").contains("Người đề nghị: Nguyễn Thị Lan");
            assertThat(call.message().actions()).hasSize(1);
            assertThat(call.message().actions().get(0))
                    .extracting(ItemAction::kind, ItemAction::targetId, ItemAction::label)
                    .containsExactly(tuple(ItemAction.Kind.APPROVE_EXTENSION, extension.id(), "Duyệt"),
                            tuple(ItemAction.Kind.REJECT_EXTENSION, extension.id(), "Từ chối"));
        });
        assertThat(refusingTelegram.calls()).extracting(ScriptedChannel.Call::address).containsExactly("1008");
        assertThat(email.calls()).singleElement().satisfies(call -> {
            assertThat(call.address()).isEqualTo("mai@laichau.gov.vn");
            assertThat(call.message().subject()).isEqualTo("Đề nghị gia hạn kỳ 100 (nhiệm vụ I.3) của Sở Tư pháp");
            assertThat(call.message().plainText()).contains("Hạn hiện tại 16/10/2025 → đề nghị 31/12/2025")
                    .doesNotContain("<code>");
        });
        assertThat(NotifierDb.rows("SELECT a.recipient_id, a.status, a.channel_used FROM alert_outbox a "
                + "WHERE a.kind = 'EXTENSION_REQUESTED' ORDER BY a.recipient_id")).containsExactly(
                List.of("8", "SENT", "EMAIL"), List.of("10", "SENT", "ZALO"));
        assertThat(NotifierDb.rows("SELECT channel, outcome FROM alert_delivery_attempt d JOIN alert_outbox a ON "
                + "a.id = d.alert_id WHERE a.recipient_id = 8 ORDER BY d.id")).containsExactly(
                List.of("TELEGRAM", "UNAVAILABLE"), List.of("EMAIL", "DELIVERED"));

        NotifierDb.inTransaction(em -> {
            notices(em).requested(extension, em.find(Occurrence.class, 100L));
            return null;
        });
        assertThat(dispatcher().dispatchDue(5).claimed()).as("handed over again, run again: nothing twice").isZero();
        assertThat(zalo.calls()).hasSize(1);
        assertThat(email.calls()).hasSize(1);
        assertThat(NotifierDb.count("SELECT COUNT(*) FROM alert_outbox")).isEqualTo(2);
    }

    @Test
    void aDecisionReachesTheRequesterAndTheOtherAdministratorsWithWhoDecided() throws Exception {
        DeadlineExtension extension = request();
        dispatcher().dispatchDue(5);
        zalo.calls().clear();
        email.calls().clear();

        decide(ADMIN_ON_ZALO, extension, true);
        DispatchReport report = dispatcher().dispatchDue(5);

        assertThat(report.sent()).isEqualTo(2);
        assertThat(zalo.calls()).as("the deciding administrator is not told").isEmpty();
        assertThat(email.calls()).extracting(ScriptedChannel.Call::address)
                .containsExactlyInAnyOrder("lan@laichau.gov.vn", "mai@laichau.gov.vn");
        assertThat(email.calls()).filteredOn(call -> call.address().startsWith("lan")).singleElement()
                .satisfies(call -> {
                    assertThat(call.message().plainText())
                            .contains("Đề nghị gia hạn kỳ 100 (nhiệm vụ I.3) đã được duyệt: hạn mới 31/12/2025")
                            .contains("Người quyết định: Lường Thị Thảo");
                    assertThat(call.message().actions()).isEmpty();
                });
        assertThat(email.calls()).filteredOn(call -> call.address().startsWith("mai")).singleElement()
                .satisfies(call -> assertThat(call.message().plainText()).contains("đã được duyệt")
                        .contains("(bởi Lường Thị Thảo)"));
        assertThat(NotifierDb.rows("SELECT recipient_id FROM alert_outbox WHERE kind = 'EXTENSION_DECIDED' "
                + "ORDER BY recipient_id")).containsExactly(List.of("1"), List.of("8"));
        assertThat(dispatcher().dispatchDue(5).claimed()).isZero();
    }

    @Test
    void aRejectionTellsTheRequesterTheDueDateStays() throws Exception {
        DeadlineExtension extension = request();
        decide(ADMIN_ON_TELEGRAM, extension, false);

        dispatcher().dispatchDue(5);

        assertThat(email.calls()).filteredOn(call -> call.address().startsWith("lan")).singleElement()
                .satisfies(call -> assertThat(call.message().plainText())
                        .contains("không được chấp thuận; hạn giữ nguyên 16/10/2025")
                        .contains("Người quyết định: Phạm Thị Mai"));
        assertThat(zalo.calls()).extracting(call -> call.message().plainText())
                .anyMatch(text -> text.contains("(bởi Phạm Thị Mai)"));
    }
}
