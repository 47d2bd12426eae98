package vn.laichau.par.bot.command;

import java.util.List;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.domain.model.occurrence.EvidenceMissingException;
import vn.laichau.par.domain.model.occurrence.Occurrence;

/** {@code /xong 123} (or {@code /xong_123}, or the button): marks an occurrence finished today. */
public final class FinishHandler {

    public Reply handle(CommandLine line, Conversation conversation) {
        if (line.arguments().size() != 1 || line.firstNumber().isEmpty()) {
            return Reply.text(Texts.needsOccurrence("/xong"));
        }
        return finish(line.firstNumber().get(), conversation);
    }

    public Reply finish(long occurrenceId, Conversation conversation) {
        Access.Result access = Access.occurrenceToActOn(conversation, occurrenceId);
        if (!access.allowed()) {
            return access.refusal();
        }
        Occurrence occurrence = access.get();
        if (occurrence.isFinished()) {
            return Reply.text("Kỳ <code>" + occurrenceId + "</code> đã hoàn thành ngày "
                    + Formats.date(occurrence.finishedOn().orElseThrow()) + ".");
        }
        if (occurrence.evidenceRequired() && !occurrence.evidenceReceived()) {
            return Reply.withButtons("Chưa thể báo hoàn thành: nhiệm vụ này cần tài liệu kiểm chứng mà chưa nhận "
                            + "được tài liệu nào. Gửi tệp kèm chú thích <code>#" + occurrenceId + "</code>, "
                            + "hoặc bấm nút dưới đây rồi gửi tệp.",
                    List.of(List.of(CallbackData.button("📎 Nộp minh chứng", Action.EVIDENCE, occurrenceId))));
        }
        try {
            conversation.tracker().recorder().finish(occurrenceId, occurrence.version(),
                    conversation.tracker().today(), conversation.actor());
        } catch (EvidenceMissingException e) {
            return Reply.text("Chưa thể báo hoàn thành: còn thiếu tài liệu kiểm chứng.");
        }
        Occurrence finished = conversation.tracker().occurrence(occurrenceId).orElseThrow();
        return Reply.text("✅ Đã ghi nhận hoàn thành kỳ <code>" + occurrenceId + "</code> ngày "
                + Formats.date(conversation.tracker().today()) + " — "
                + finished.status(conversation.tracker().statusRule(), conversation.tracker().today()).labelVi()
                + ".");
    }
}
