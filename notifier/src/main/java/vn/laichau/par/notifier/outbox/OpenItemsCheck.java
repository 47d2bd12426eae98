package vn.laichau.par.notifier.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.delivery.SendTimeCheck;
import vn.laichau.par.notifier.message.AlertMessageRenderer;
import vn.laichau.par.notifier.notice.NoticeKind;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.planning.Alert;
import vn.laichau.par.notifier.planning.AlertItem;
import vn.laichau.par.notifier.planning.AlertKey;
import vn.laichau.par.notifier.planning.AlertPlanner;
import vn.laichau.par.notifier.planning.AlertSubject;
import vn.laichau.par.notifier.policy.AlertKind;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.recipient.Recipient;
import vn.laichau.par.persistence.outbox.ClaimedMessage;

/**
 * Just before a message that lists open items is sent, reads its occurrences as they stand now and keeps those
 * still open with the due date they had at planning: an item finished since, or extended to a new due date, is
 * left out. With nothing left the message is dropped; otherwise the text is written from what is left, as of
 * the message's day. A message whose items are all still as planned and whose text is stored goes out as stored;
 * digests and summaries always do. The versions read with the items go into the buttons under a message to an
 * official, so that a press acts only on an occurrence still as it was when the message went out. A notice of an
 * event (an extension request or decision) goes out as written, a request with the buttons that decide it.
 */
public final class OpenItemsCheck implements SendTimeCheck {

    static final String NOTHING_LEFT = "Mọi nhiệm vụ trong tin đã hoàn thành hoặc được gia hạn trước khi gửi";

    private final PlanningSource source;
    private final AlertPolicy policy;
    private final Supplier<WorkingDayCalendar> calendar;
    private final AlertMessageRenderer renderer;
    private AlertPlanner planner;

    public OpenItemsCheck(PlanningSource source, AlertPolicy policy, Supplier<WorkingDayCalendar> calendar,
                          AlertMessageRenderer renderer) {
        this.source = Objects.requireNonNull(source, "source");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public Verdict check(ClaimedMessage message) {
        RenderedMessage stored = new RenderedMessage(message.subjectLine(), message.plainText(),
                message.telegramHtml());
        Optional<NoticeKind> notice = NoticeKind.of(message.kind());
        if (notice.isPresent()) {
            return new Send(stored.withActions(notice.get().actions(message.key())), false);
        }
        AlertKind kind = kindOf(message);
        if (message.occurrences().isEmpty() || kind == null || !kind.listsOpenItems()) {
            return new Send(stored, false);
        }
        PlanningSource.ItemsNow now = source.itemsNow(message.occurrences());
        List<AlertSubject> kept = new ArrayList<>();
        for (AlertSubject subject : now.subjects()) {
            LocalDate planned = message.plannedDueDates().get(subject.occurrenceId());
            if (subject.isOpen() && (planned == null || planned.equals(subject.dueDate()))) {
                kept.add(subject);
            }
        }
        if (kept.isEmpty()) {
            return new Drop(NOTHING_LEFT);
        }
        AlertPlanner dayPlanner = planner();
        List<AlertItem> items = kept.stream()
                .map(subject -> new AlertItem(subject, dayPlanner.noticeOn(message.planDay(), subject.dueDate())))
                .toList();
        AlertKey key = new AlertKey(subjectOf(message.key()), kind, message.recipientId(), message.planDay());
        Alert alert = new Alert(key, Recipient.of(message.recipientId(), ""), Instant.EPOCH,
                AlertPlanner.personalItems(items));
        if (kept.size() == message.occurrences().size() && !message.textPending()) {
            return new Send(stored.withActions(renderer.actions(alert, now.versions())), false);
        }
        return new Send(renderer.render(alert, now.versions()), true);
    }

    /** One calendar per check (one per dispatcher run): adjustments made meanwhile count from the next run. */
    private synchronized AlertPlanner planner() {
        if (planner == null) {
            planner = new AlertPlanner(policy, calendar.get());
        }
        return planner;
    }

    private static AlertKind kindOf(ClaimedMessage message) {
        try {
            return AlertKind.valueOf(message.kind());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The subject part of a key {@code KIND/subject/recipient/day}. */
    private static String subjectOf(String key) {
        String[] parts = key.split("/");
        return parts.length == 4 ? parts[1] : AlertKey.DAILY;
    }
}
