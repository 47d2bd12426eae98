package vn.laichau.par.notifier.message;

import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.notifier.ActionCommands;
import vn.laichau.par.notifier.ActionCommands.Kind;
import vn.laichau.par.notifier.planning.AlertItem;
import vn.laichau.par.notifier.planning.AlertSubject;

/** The lines that describe one occurrence in a message. */
final class ItemLines {

    private ItemLines() {
    }

    /**
     * Task, due date and standing, missing evidence, and optionally the agency and the commands to act
     * ({@code commands}, null for none). An item
     * {@code withButtons} has its finishing, extension and evidence buttons under the message: in a format that
     * carries them, only the command without a button (progress) is written.
     */
    static List<Line> detailed(AlertItem item, boolean withAgency, ActionCommands commands, boolean withButtons) {
        AlertSubject subject = item.subject();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("• ").plusBold(subject.taskCode()).plus(" — " + VietnameseText.title(subject.taskTitle())));
        if (withAgency) {
            lines.add(Line.of("  Đơn vị: " + subject.agencyName()));
        }
        lines.add(Line.of("  Hạn: " + due(subject) + " — ").plusBold(VietnameseText.standing(item.notice())));
        if (!subject.missingEvidence().isEmpty()) {
            lines.add(Line.of("  Còn thiếu tài liệu kiểm chứng: " + String.join("; ", subject.missingEvidence())));
        }
        if (commands != null) {
            long id = subject.occurrenceId();
            Line all = Line.of("  " + commands.command(Kind.FINISH, id) + " · " + commands.command(Kind.UPDATE, id)
                    + " · " + commands.command(Kind.EXTEND, id));
            lines.add(withButtons ? all.besideButtons(Line.of("  Cập nhật tiến độ: " + commands.command(Kind.UPDATE, id)))
                    : all);
        }
        return lines;
    }

    /** One line: task, due date, standing, and whether evidence is missing. */
    static List<Line> compact(AlertItem item) {
        AlertSubject subject = item.subject();
        String evidence = subject.missingEvidence().isEmpty() ? "" : "; thiếu tài liệu kiểm chứng";
        return List.of(Line.of("• ").plusBold(subject.taskCode())
                .plus(" — " + VietnameseText.title(subject.taskTitle()) + " (hạn " + due(subject) + ", "
                        + VietnameseText.standing(item.notice()) + evidence + ")"));
    }

    private static String due(AlertSubject subject) {
        return VietnameseText.date(subject.dueDate()) + (subject.extended() ? " (đã gia hạn)" : "");
    }
}
