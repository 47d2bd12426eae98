package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;
import vn.laichau.par.domain.Refusal;
import java.util.List;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/** {@code /xong 123} (or {@code /xong_123}, or the button): marks an occurrence finished today. */
final class FinishHandler {

    public Reply handle(CommandLine line, Conversation conversation) {
        if (line.arguments().size() != 1 || line.firstNumber().isEmpty()) {
            return Reply.text(Texts.needsOccurrence(BotCommand.FINISH));
        }
        return finish(Access.occurrenceToWorkOn(conversation, line.firstNumber().get()), conversation);
    }

    /** Marks finished the occurrence as the official saw it. */
    public Reply finish(Occurrence occurrence, Conversation conversation) {
        long occurrenceId = occurrence.id();
        if (occurrence.isFinished()) {
            return Reply.text("Kỳ <code>" + occurrenceId + "</code> đã hoàn thành ngày "
                    + Formats.date(occurrence.finishedOn().orElseThrow()) + ".");
        }
        Occurrence finished;
        try {
            finished = conversation.tracker().finishing().finish(conversation.officialId(), Channel.BOT, occurrenceId,
                    occurrence.version());
        } catch (Refusal e) {
            if (e.reason() == Refusal.Reason.EVIDENCE_MISSING) {
                throw new RefusalReply(Reply.withButtons("Chưa thể báo hoàn thành: nhiệm vụ này cần tài liệu kiểm chứng "
                                + "mà chưa nhận được tài liệu nào. Gửi tệp kèm chú thích <code>#" + occurrenceId
                                + "</code>, hoặc bấm nút dưới đây rồi gửi tệp.",
                        List.of(List.of(CallbackData.button("📎 Nộp minh chứng", Action.EVIDENCE, occurrenceId,
                                occurrence.version())))), e);
            }
            throw e;
        }
        return Reply.text("✅ Đã ghi nhận hoàn thành kỳ <code>" + occurrenceId + "</code> ngày "
                + Formats.date(finished.finishedOn().orElse(conversation.tracker().occurrences().today())) + " — "
                + finished.status(conversation.tracker().occurrences().statusRule(), conversation.tracker().occurrences().today()).labelVi()
                + ".");
    }
}
