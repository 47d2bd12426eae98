package vn.laichau.par.notifier.notice;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.laichau.par.application.occurrence.ExtensionNotices;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.outbox.AlertChannelOrderRepository;
import vn.laichau.par.persistence.outbox.OutboxRepository;
import vn.laichau.par.persistence.outbox.OutboxRow;
import vn.laichau.par.persistence.plan.TaskRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;

/**
 * Writes the notices of an extension request and of its decision to the outbox, in the transaction of the use
 * case that calls it, one row per person under a key of the extension, the event and the person, so that a
 * person is told once however often the event is handed over. The dispatcher sends them like alerts, through
 * each person's channels in their order. The text is written now: it tells what happened, which does not change.
 * Who may decide is who {@link vn.laichau.par.application.occurrence.ExtensionDecisions} lets decide: an active
 * administrator.
 */
@ApplicationScoped
public class ExtensionNoticeOutbox implements ExtensionNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OutboxRepository outbox;
    private final OfficialRepository officials;
    private final TaskRepository tasks;
    private final AgencyRepository agencies;
    private final OfficialChannels channels;
    private final Clock clock;

    @Inject
    public ExtensionNoticeOutbox(OutboxRepository outbox, OfficialRepository officials, TaskRepository tasks,
                                 AgencyRepository agencies, TelegramPreferenceRepository preferences,
                                 AlertChannelOrderRepository orders, Clock clock) {
        this.outbox = outbox;
        this.officials = officials;
        this.tasks = tasks;
        this.agencies = agencies;
        this.channels = new OfficialChannels(preferences, orders);
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ExtensionNoticeOutbox() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public void requested(DeadlineExtension extension, Occurrence occurrence) {
        Optional<Long> requester = extension.requestedBy();
        String requesterName = requester.flatMap(officials::findById).map(Official::displayName).orElse("—");
        String task = tasks.findById(occurrence.taskId()).map(Task::code).orElse("");
        String agency = agencies.findById(occurrence.agencyId()).map(Agency::getName)
                .orElse("Cơ quan " + occurrence.agencyId());
        String subject = "Đề nghị gia hạn kỳ " + occurrence.id() + " (nhiệm vụ " + task + ") của " + agency;
        String dates = "Hạn hiện tại " + date(extension.oldDueDate()) + " → đề nghị " + date(extension.newDueDate());
        String html = "⏳ <b>Đề nghị gia hạn</b> kỳ <code>" + occurrence.id() + "</code> (nhiệm vụ " + escape(task)
                + ") của " + escape(agency) + "\n" + dates + "\nLý do: " + escape(extension.reason())
                + "\nNgười đề nghị: " + escape(requesterName);
        String plain = subject + "\n" + dates + "\nLý do: " + extension.reason() + "\nNgười đề nghị: " + requesterName
                + "\nDuyệt hoặc từ chối trong ứng dụng (Tổng quan) hoặc bằng nút dưới tin nhắn của bot.";
        List<OutboxRow> rows = new ArrayList<>();
        for (Official admin : officials.activeWithRole(Role.ADMIN)) {
            if (requester.filter(admin.id()::equals).isEmpty()) {
                rows.add(row(NoticeKind.EXTENSION_REQUESTED, extension, admin, extension.requestedAt(), subject, plain,
                        html));
            }
        }
        outbox.write(rows, Instant.now(clock));
    }

    @Override
    public void decided(DeadlineExtension extension, Occurrence occurrence) {
        Optional<Long> decider = extension.decidedBy();
        Optional<Long> requester = extension.requestedBy();
        String deciderName = decider.flatMap(officials::findById).map(Official::displayName)
                .orElse("quản trị viên");
        Instant at = extension.decidedAt().orElseGet(() -> Instant.now(clock));
        String task = tasks.findById(occurrence.taskId()).map(Task::code).orElse("");
        boolean approved = extension.status() == ExtensionStatus.APPROVED;
        String outcome = approved ? "đã được duyệt: hạn mới " + date(extension.newDueDate())
                : "không được chấp thuận; hạn giữ nguyên " + date(extension.oldDueDate());
        String subject = "Đề nghị gia hạn kỳ " + occurrence.id() + " (nhiệm vụ " + task + ") "
                + (approved ? "đã được duyệt" : "không được chấp thuận");
        String head = "Đề nghị gia hạn kỳ " + occurrence.id() + " (nhiệm vụ " + task + ") " + outcome;
        String headHtml = "Đề nghị gia hạn kỳ <code>" + occurrence.id() + "</code> (nhiệm vụ " + escape(task) + ") "
                + outcome;
        List<OutboxRow> rows = new ArrayList<>();
        requester.flatMap(officials::findById).filter(Official::isActive).ifPresent(official -> rows.add(
                row(NoticeKind.EXTENSION_DECIDED, extension, official, at, subject,
                        head + ".\nNgười quyết định: " + deciderName,
                        headHtml + ".\nNgười quyết định: " + escape(deciderName))));
        for (Official admin : officials.activeWithRole(Role.ADMIN)) {
            if (decider.filter(admin.id()::equals).isEmpty() && requester.filter(admin.id()::equals).isEmpty()) {
                rows.add(row(NoticeKind.EXTENSION_DECIDED, extension, admin, at, subject,
                        head + " (bởi " + deciderName + ").", headHtml + " (bởi " + escape(deciderName) + ")."));
            }
        }
        outbox.write(rows, Instant.now(clock));
    }

    private OutboxRow row(NoticeKind kind, DeadlineExtension extension, Official recipient, Instant at,
                          String subject, String plain, String html) {
        return new OutboxRow(kind.key(extension.id(), recipient.id()), kind.name(),
                NoticeKind.subject(extension.id()), recipient.id(), LocalDate.ofInstant(at, clock.getZone()),
                Instant.now(clock), subject, plain, html, channels.of(recipient), Set.of(), Map.of());
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }
}
