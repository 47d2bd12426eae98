package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;

/** {@code /tim <từ khóa>} and {@code /nv <mã>}: finding tasks and showing one. */
final class TaskHandler {

    private static final int MAX_FOUND = 10;
    private static final int MAX_AGENCIES = 40;

    public Reply search(CommandLine line, Conversation conversation) {
        String query = line.argumentText().strip();
        if (query.isEmpty()) {
            return Reply.text("Gõ từ khóa sau lệnh, ví dụ <code>/tim dao tao</code> (có dấu hay không dấu đều được).");
        }
        List<Task> found = conversation.tracker().tasks().search(query, MAX_FOUND + 1);
        if (found.isEmpty()) {
            return Reply.text("Không tìm thấy nhiệm vụ nào có “" + escape(query) + "”. Thử từ khóa ngắn hơn.");
        }
        StringBuilder html = new StringBuilder("<b>Nhiệm vụ có “").append(escape(query)).append("”</b>\n");
        for (Task task : found.subList(0, Math.min(MAX_FOUND, found.size()))) {
            html.append("\n<b>").append(escape(task.code())).append("</b> ").append(escape(task.shortTitle()))
                    .append(" — /nv ").append(escape(task.code()));
        }
        if (found.size() > MAX_FOUND) {
            html.append("\n\nCòn nữa: thêm từ khóa để thu hẹp.");
        }
        return Reply.text(html.toString());
    }

    public Reply show(CommandLine line, Conversation conversation) {
        if (line.arguments().size() != 1) {
            return Reply.text("Gõ mã nhiệm vụ sau lệnh, ví dụ <code>/nv I.1</code>. Tìm mã bằng /tim.");
        }
        String code = line.arguments().get(0);
        Optional<Task> found = conversation.tracker().tasks().byCode(code);
        if (found.isEmpty()) {
            return Reply.text("Không có nhiệm vụ mã <code>" + escape(code) + "</code>. Tìm mã bằng "
                    + "<code>/tim &lt;từ khóa&gt;</code>.");
        }
        Task task = found.get();
        Plan plan = task.plan();
        int year = conversation.tracker().tasks().currentPlanYear(plan);
        StringBuilder html = new StringBuilder()
                .append("<b>").append(escape(task.code())).append("</b> — ").append(escape(task.area().numeral()))
                .append(". ").append(escape(task.area().name())).append("\n\n")
                .append(escape(task.text())).append("\n\n")
                .append("<b>Chủ trì:</b> ").append(escape(task.leadText())).append("\n");
        if (!task.coordinatingText().isBlank()) {
            html.append("<b>Phối hợp:</b> ").append(escape(task.coordinatingText())).append("\n");
        }
        html.append("<b>Thời hạn:</b> ").append(escape(task.deadlinePhrase())).append("\n")
                .append("<b>Tài liệu kiểm chứng:</b> ")
                .append(escape(task.evidence().documents().orElse("không yêu cầu"))).append("\n\n")
                .append("<b>Tình hình năm ").append(year).append("</b>");
        List<Occurrence> occurrences = conversation.tracker().occurrences().ofTask(task.id(), year);
        if (occurrences.isEmpty()) {
            html.append("\nChưa có kỳ nào trong năm này.");
        }
        for (Occurrence o : occurrences.subList(0, Math.min(MAX_AGENCIES, occurrences.size()))) {
            var status = o.status(conversation.tracker().occurrences().statusRule(), conversation.tracker().occurrences().today());
            html.append("\n").append(Formats.mark(status)).append(" ")
                    .append(escape(conversation.tracker().tasks().agencyName(o.agencyId())))
                    .append(": hạn ").append(Formats.date(o.dueDate())).append(", ").append(status.labelVi())
                    .append(", ").append(o.progressPercent()).append(" %, minh chứng ").append(o.evidenceCount())
                    .append(" · kỳ <code>").append(o.id()).append("</code>");
        }
        if (occurrences.size() > MAX_AGENCIES) {
            html.append("\n… và ").append(occurrences.size() - MAX_AGENCIES).append(" đơn vị khác.");
        }
        return Reply.text(html.toString());
    }
}
