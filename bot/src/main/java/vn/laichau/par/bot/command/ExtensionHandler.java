package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;
import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.telegram.DialogStep;

/**
 * {@code /giahan 123 31/12/2026 lý do}: asks to move a due date; the use case tells the administrators, through
 * each one's alert channels, with buttons (typed commands in Zalo) to approve or reject it. {@code /giahan_123}
 * alone asks for the date and reason in the next message.
 */
final class ExtensionHandler {

    private static final int MAX_REASON = 2000;

    /** What a typed date looks like, real or not ({@code 31/02/2027}). */
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    /** A date to show in an example: the end of the month three months from today, always ahead. */
    private static String exampleDate(Conversation conversation) {
        LocalDate ahead = conversation.tracker().occurrences().today().plusMonths(3);
        return Formats.date(ahead.withDayOfMonth(ahead.lengthOfMonth()));
    }

    public Reply handle(CommandLine line, Conversation conversation) {
        Optional<Long> id = line.firstNumber();
        if (id.isEmpty()) {
            return Reply.text(Texts.needsOccurrence(BotCommand.EXTEND));
        }
        Occurrence occurrence = Access.occurrenceToWorkOn(conversation, id.get());
        if (line.arguments().size() == 1) {
            return ask(occurrence, conversation);
        }
        return request(occurrence, String.join(" ", line.arguments().subList(1, line.arguments().size())),
                conversation);
    }

    /**
     * Waits for the new date and the reason, about the occurrence as it is shown now; while an earlier request
     * waits for its decision, the use case's refusal is the answer at once.
     */
    public Reply ask(Occurrence occurrence, Conversation conversation) {
        if (occurrence.isFinished()) {
            return Reply.text("Kỳ này đã hoàn thành, không cần gia hạn.");
        }
        conversation.tracker().extensionRequests().refuseWhilePending(occurrence.id());
        conversation.tracker().dialogs().await(conversation.chatId(), DialogStep.EXTENSION_REASON, occurrence.id(),
                null, occurrence.version(), conversation.tracker().occurrences().now());
        return Reply.text("Kỳ <code>" + occurrence.id() + "</code> đang hạn " + Formats.date(occurrence.dueDate())
                + ". Gửi hạn mới và lý do trong một tin nhắn, ví dụ:\n<code>" + exampleDate(conversation)
                + " Chờ văn bản hướng dẫn của Bộ Nội vụ</code>");
    }

    /**
     * {@code dateAndReason}: the new due date (dd/MM/yyyy) then the reason. The use case tells every active
     * administrator, with the buttons to decide it; the bot answers only the requester. Whether the occurrence may still be extended to that date is
     * the model's to decide (its refusal is the reply).
     */
    public Reply request(Occurrence occurrence, String dateAndReason, Conversation conversation) {
        long occurrenceId = occurrence.id();
        String[] words = dateAndReason.strip().split("\\s+");
        Optional<LocalDate> newDue = Formats.parseDate(words[0]);
        String reason = String.join(" ", Arrays.asList(words).subList(1, words.length)).strip();
        String example = "<code>/giahan " + occurrenceId + " " + exampleDate(conversation)
                + " Chờ văn bản hướng dẫn</code>.";
        if (newDue.isEmpty() && DATE_SHAPE.matcher(words[0]).matches()) {
            return Reply.text("Không có ngày <code>" + escape(words[0]) + "</code> trong lịch. Xin gửi lại hạn mới "
                    + "(ngày/tháng/năm) rồi lý do, ví dụ " + example);
        }
        if (newDue.isEmpty()) {
            return Reply.text("Xin gửi hạn mới (ngày/tháng/năm) rồi lý do, ví dụ " + example);
        }
        if (reason.isEmpty()) {
            return Reply.text("Xin ghi thêm lý do sau ngày " + Formats.date(newDue.get()) + ", ví dụ " + example);
        }
        if (reason.length() > MAX_REASON) {
            return Reply.text("Lý do dài quá (tối đa " + MAX_REASON + " ký tự).");
        }
        conversation.tracker().dialogs().end(conversation.chatId());
        conversation.tracker().extensionRequests().request(conversation.officialId(), Channel.BOT, occurrenceId,
                occurrence.version(), newDue.get(), reason);
        return Reply.text("Đã gửi đề nghị gia hạn kỳ <code>" + occurrenceId + "</code> đến " + Formats.date(newDue.get())
                + ". Sở Nội vụ sẽ xem xét; kết quả sẽ được báo lại.");
    }

    /**
     * An admin's decision from the buttons under a request; {@link vn.laichau.par.application.occurrence.ExtensionDecisions} decides who may decide. The
     * first decision stands: a later press, by the same or another admin, is told who decided and when, and
     * changes nothing. The use case tells the requester and the other administrators the outcome; the bot
     * answers only the admin who pressed.
     */
    public Reply decide(long extensionId, boolean approve, Conversation conversation) {
        Official me = conversation.me();
        Optional<DeadlineExtension> found = conversation.tracker().occurrences().findExtension(extensionId);
        if (found.isEmpty()) {
            return Reply.text(Texts.OLD_BUTTON);
        }
        if (found.get().status() != ExtensionStatus.PENDING && me.hasRole(Role.ADMIN)) {
            return alreadyDecided(found.get(), conversation);
        }
        String reference = (conversation.incoming().fromZalo() ? "Zalo: " : "Telegram: ") + me.displayName() + " "
                + Formats.date(conversation.tracker().occurrences().today());
        DeadlineExtension extension = conversation.tracker().extensionDecisions().decide(conversation.officialId(),
                Channel.BOT, extensionId, found.get().version(), approve, reference);
        return Reply.text("Đề nghị gia hạn kỳ <code>" + extension.occurrenceId() + "</code> " + outcome(extension)
                + ".");
    }

    private static Reply alreadyDecided(DeadlineExtension extension, Conversation conversation) {
        String by = extension.decidedBy().flatMap(conversation.tracker().occurrences()::official).map(Official::displayName)
                .orElse("quản trị viên khác");
        String when = extension.decidedAt().map(at -> " lúc " + Formats.timeAndDate(at)).orElse("");
        String verb = extension.status() == ExtensionStatus.APPROVED ? "duyệt" : "từ chối";
        String dueDate = extension.status() == ExtensionStatus.APPROVED
                ? "hạn mới " + Formats.date(extension.newDueDate())
                : "hạn giữ nguyên " + Formats.date(extension.oldDueDate());
        return Reply.text("Đề nghị gia hạn kỳ <code>" + extension.occurrenceId() + "</code> đã được "
                        + escape(by) + " " + verb + when + " — " + dueDate + ". Không thay đổi gì thêm.")
                .withNotice("Đã được " + by + " " + verb + " trước");
    }

    private static String outcome(DeadlineExtension extension) {
        return extension.status() == ExtensionStatus.APPROVED
                ? "đã được duyệt: hạn mới " + Formats.date(extension.newDueDate())
                : "không được chấp thuận; hạn giữ nguyên " + Formats.date(extension.oldDueDate());
    }
}
