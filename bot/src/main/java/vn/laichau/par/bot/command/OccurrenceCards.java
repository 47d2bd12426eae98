package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.InlineButton;

import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.plan.Task;

/** How occurrences look in lists and on their own, with the buttons that act on them. */
final class OccurrenceCards {

    private static final int BUTTON_TITLE_LENGTH = 28;

    private OccurrenceCards() {
    }

    /** One line of a list: mark, code, title, due date, progress and the id to use in commands. */
    public static String line(Occurrence o, Task task, Tracker tracker) {
        OccurrenceStatus status = o.status(tracker.occurrences().statusRule(), tracker.occurrences().today());
        return Formats.mark(status) + " <b>" + escape(task.code()) + "</b> " + escape(task.shortTitle())
                + "\n    Hạn " + Formats.date(o.dueDate()) + " · " + status.labelVi() + " · " + o.progressPercent()
                + " % · kỳ <code>" + o.id() + "</code>";
    }

    /** A list of occurrences with one button per occurrence, or {@code empty} when there are none. */
    public static Reply list(String titleHtml, List<Occurrence> occurrences, Tracker tracker, String emptyHtml,
                             List<InlineButton> navigation) {
        if (occurrences.isEmpty()) {
            return Reply.text(emptyHtml);
        }
        Map<Long, Task> tasks = tracker.tasks().tasksOf(occurrences);
        StringBuilder html = new StringBuilder(titleHtml).append("\n");
        List<List<InlineButton>> keyboard = new ArrayList<>();
        for (Occurrence o : occurrences) {
            Task task = tasks.get(o.taskId());
            html.append("\n").append(line(o, task, tracker));
            keyboard.add(List.of(CallbackData.button(buttonTitle(task, o), Action.OCCURRENCE, o.id())));
        }
        if (!navigation.isEmpty()) {
            keyboard.add(navigation);
        }
        return Reply.withButtons(html.toString(), keyboard);
    }

    /** One occurrence in full, with its action buttons. */
    public static Reply card(Occurrence o, Tracker tracker) {
        Task task = tracker.tasks().find(o.taskId()).orElseThrow();
        OccurrenceStatus status = o.status(tracker.occurrences().statusRule(), tracker.occurrences().today());
        StringBuilder html = new StringBuilder()
                .append(Formats.mark(status)).append(" <b>").append(escape(task.code())).append("</b> ")
                .append(escape(task.shortTitle())).append("\n\n")
                .append(escape(task.text())).append("\n\n")
                .append("Đơn vị: ").append(escape(tracker.tasks().agencyName(o.agencyId()))).append("\n")
                .append("Kỳ: ").append(escape(o.period())).append(" · mã kỳ <code>").append(o.id()).append("</code>\n")
                .append("Hạn: <b>").append(Formats.date(o.dueDate())).append("</b> · ").append(status.labelVi()).append("\n")
                .append("Tiến độ: ").append(o.progressPercent()).append(" %\n")
                .append("Tài liệu kiểm chứng: ").append(o.evidenceCount()).append(" đã nhận")
                .append(o.evidenceRequired() ? " (bắt buộc)" : "");
        task.evidence().documents().ifPresent(d -> html.append("\nCần nộp: ").append(escape(d)));
        if (o.isFinished()) {
            return Reply.text(html.toString());
        }
        return Reply.withButtons(html.toString(), actions(o));
    }

    /**
     * The answer to a button pressed under an occurrence that changed since it was shown: what changed last,
     * by whom and when, and the occurrence as it is now with fresh buttons.
     */
    public static Reply changedSinceShown(Occurrence current, Tracker tracker) {
        StringBuilder html = new StringBuilder("⚠️ Kỳ <code>").append(current.id())
                .append("</code> đã thay đổi từ khi bạn xem, nên bot chưa làm gì");
        tracker.occurrences().lastChangeOf(current.id()).ifPresent(change -> html.append(" (thay đổi gần nhất: ")
                .append(escape(change.actor())).append(", ").append(Formats.timeAndDate(change.occurredAt()))
                .append(")"));
        html.append(". Thông tin mới nhất:\n\n");
        Reply card = card(current, tracker);
        return Reply.withButtons(html + card.html(), card.keyboard()).withNotice("Kỳ đã thay đổi — xem thông tin mới");
    }

    /**
     * The buttons under an open occurrence, the same as under an alert; each carries the version shown, so a
     * press acts only while the occurrence is still as shown.
     */
    public static List<List<InlineButton>> actions(Occurrence o) {
        long id = o.id();
        long version = o.version();
        return List.of(
                List.of(CallbackData.button("📈 Cập nhật tiến độ", Action.UPDATE, id, version),
                        CallbackData.button("✅ Đã hoàn thành", Action.FINISH, id, version)),
                List.of(CallbackData.button("📎 Nộp minh chứng", Action.EVIDENCE, id, version),
                        CallbackData.button("⏳ Xin gia hạn", Action.EXTEND, id, version)));
    }

    private static String buttonTitle(Task task, Occurrence o) {
        String title = task.code() + " " + task.shortTitle();
        if (title.length() > BUTTON_TITLE_LENGTH) {
            title = title.substring(0, BUTTON_TITLE_LENGTH - 1).strip() + "…";
        }
        return title + " · " + Formats.date(o.dueDate()).substring(0, 5);
    }
}
