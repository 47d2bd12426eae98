package vn.laichau.par.bot.command;

import java.util.ArrayList;
import vn.laichau.par.bot.BotCommand;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.telegram.DialogStep;

/**
 * {@code /capnhat}: a progress report through buttons — choose the occurrence, then the percent, then send
 * a note (or none). {@code /capnhat 123 60 ghi chú} does it in one message.
 */
final class ProgressHandler {

    private static final int[] PERCENTS = {10, 25, 50, 75, 90};
    private static final int MAX_NOTE = 2000;

    public Reply handle(CommandLine line, Conversation conversation) {
        Optional<Long> id = line.firstNumber();
        if (line.arguments().isEmpty()) {
            return chooseOccurrence(conversation);
        }
        if (id.isEmpty()) {
            return Reply.text(Texts.needsOccurrence(BotCommand.UPDATE));
        }
        if (line.arguments().size() == 1) {
            return askPercent(Access.occurrenceToWorkOn(conversation, id.get()), conversation);
        }
        Optional<Integer> percent = percent(line.arguments().get(1));
        if (percent.isEmpty()) {
            return Reply.text("Tiến độ là số phần trăm từ 0 đến 100, ví dụ <code>" + BotCommand.UPDATE.slashName() + " " + id.get()
                    + " 60 Đã trình dự thảo</code>.");
        }
        String note = String.join(" ", line.arguments().subList(2, line.arguments().size()));
        return record(Access.occurrenceToWorkOn(conversation, id.get()), percent.get(), note, conversation);
    }

    /** The percent buttons for an occurrence the official may work on; they carry the version shown. */
    public Reply askPercent(Occurrence occurrence, Conversation conversation) {
        if (occurrence.isFinished()) {
            return Reply.text("Kỳ này đã hoàn thành, không cần cập nhật tiến độ.");
        }
        List<InlineButton> row = new ArrayList<>();
        for (int percent : PERCENTS) {
            row.add(CallbackData.button(percent + " %", Action.PERCENT, occurrence.id(), percent,
                    occurrence.version()));
        }
        return Reply.withButtons("Kỳ <code>" + occurrence.id() + "</code> đang ở " + occurrence.progressPercent()
                + " %. Chọn tiến độ mới:", List.of(row));
    }

    /** The percent was chosen: wait for the note, about the occurrence as it was shown. */
    public Reply percentChosen(Occurrence occurrence, int percent, Conversation conversation) {
        conversation.tracker().dialogs().await(conversation.chatId(), DialogStep.PROGRESS_NOTE, occurrence.id(),
                percent, occurrence.version(), conversation.tracker().occurrences().now());
        return Reply.withButtons("Tiến độ " + percent + " %. Gửi một ghi chú ngắn về việc đã làm, "
                        + "hoặc bấm nút dưới đây.",
                List.of(List.of(CallbackData.button("Không ghi chú", Action.NO_NOTE, occurrence.id(), percent,
                        occurrence.version()))));
    }

    /**
     * Stores the report on the occurrence as the official saw it, and ends the dialog. The percent's range and
     * whether the occurrence still takes reports are the model's to decide (its refusal is the reply).
     */
    public Reply record(Occurrence occurrence, int percent, String note, Conversation conversation) {
        conversation.tracker().dialogs().end(conversation.chatId());
        if (note.length() > MAX_NOTE) {
            return Reply.text("Ghi chú dài quá (tối đa " + MAX_NOTE + " ký tự). Xin gửi ngắn hơn.");
        }
        long occurrenceId = occurrence.id();
        conversation.tracker().progress().report(conversation.officialId(), Channel.BOT, occurrenceId,
                occurrence.version(), percent, note);
        Occurrence recorded = conversation.tracker().occurrences().find(occurrenceId).orElseThrow();
        return Reply.withButtons("✅ Đã ghi tiến độ " + percent + " % cho kỳ <code>" + occurrenceId + "</code>."
                + (percent == 100 ? " Khi có đủ tài liệu kiểm chứng, gõ " + BotCommand.FINISH.forOccurrence(occurrenceId)
                + " để báo hoàn thành."
                : ""), OccurrenceCards.actions(recorded));
    }

    private Reply chooseOccurrence(Conversation conversation) {
        List<Occurrence> open = conversation.tracker().occurrences().openOf(conversation.me().agencyId());
        if (open.isEmpty()) {
            return Reply.text("Đơn vị không có việc nào đang mở.");
        }
        var tasks = conversation.tracker().tasks().tasksOf(open);
        List<List<InlineButton>> keyboard = new ArrayList<>();
        for (Occurrence o : open.subList(0, Math.min(OccurrenceListHandler.PAGE_SIZE, open.size()))) {
            keyboard.add(List.of(CallbackData.button(tasks.get(o.taskId()).code() + " · hạn "
                    + Formats.date(o.dueDate()), Action.UPDATE, o.id(), o.version())));
        }
        return Reply.withButtons("Chọn kỳ cần cập nhật tiến độ:", keyboard);
    }

    /** A whole number, with or without "%"; whether it is a percent the model accepts is not checked here. */
    static Optional<Integer> percent(String text) {
        String digits = text.strip().replace("%", "");
        return CommandParser.number(digits).map(n -> (int) Math.min(n, Integer.MAX_VALUE));
    }
}
