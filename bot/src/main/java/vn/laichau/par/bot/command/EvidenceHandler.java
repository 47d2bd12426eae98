package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.laichau.par.bot.command.CallbackData.Action;
import vn.laichau.par.bot.gateway.DownloadResult;
import vn.laichau.par.bot.gateway.Downloaded;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.TelegramFailure;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.model.telegram.BotDialog;
import vn.laichau.par.domain.model.telegram.DialogStep;
import vn.laichau.par.application.occurrence.EvidenceStore;

/**
 * Evidence from the chat: a document or photo whose caption names the occurrence ({@code #123},
 * {@code /nop_123}) or the task ({@code I.1}), or that follows {@code /nop 123} or the "Nộp minh chứng"
 * button, is downloaded (within the size limit, of an allowed type) and stored through
 * the application's use cases, like an API upload. A file that names nothing is
 * held by the dialog while the official chooses the occurrence, then stored without being sent again.
 */
final class EvidenceHandler {

    /** Telegram lets bots download files of up to 20 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Allowed file name extensions and the content type each is stored with: what the API's upload accepts. */
    public static final Map<String, String> ALLOWED_TYPES = allowedTypes();

    private static final Pattern OCCURRENCE_IN_CAPTION = Pattern.compile("(?:#|/nop_|/evidence_|\\bky\\s*)(\\d{1,18})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_CODE = Pattern.compile("\\b([IVX]{1,4}(?:\\.\\d{1,3}){1,4})\\b",
            Pattern.CASE_INSENSITIVE);

    /** Downloads a file by its Telegram file id. */
    @FunctionalInterface
    public interface FileSource {
        DownloadResult download(String fileId, long maxBytes);
    }

    private final FileSource files;

    public EvidenceHandler(FileSource files) {
        this.files = files;
    }

    /**
     * {@code /nop 123} or the button: stores the file the chat already sent when the dialog holds one, else
     * waits for the file. Evidence only adds to an occurrence, so the file is stored even when someone else
     * changed the occurrence meanwhile.
     */
    public Reply expect(Occurrence occurrence, Conversation conversation) {
        Optional<BotDialog> held = conversation.tracker().dialogs()
                .current(conversation.chatId(), conversation.tracker().occurrences().now())
                .filter(d -> d.step() == DialogStep.EVIDENCE_OCCURRENCE && d.fileId().isPresent());
        if (held.isPresent()) {
            return store(held.get().fileId().orElseThrow(), held.get().fileName().orElseThrow(), occurrence,
                    conversation);
        }
        conversation.tracker().dialogs().await(conversation.chatId(), DialogStep.EVIDENCE_FILE, occurrence.id(), null,
                conversation.tracker().occurrences().now());
        return Reply.text("Gửi tệp tài liệu kiểm chứng cho kỳ <code>" + occurrence.id() + "</code>: tệp PDF, Word, "
                + "Excel, ZIP hoặc chụp ảnh gửi thẳng, tối đa 20 MB.");
    }

    /** The answer to the chooser of a held file typed as text: the occurrence's id ({@code 123} or {@code #123}). */
    public Reply occurrenceTyped(String text, Conversation conversation) {
        Optional<Long> id = CommandParser.number(text);
        if (id.isEmpty()) {
            return Reply.text("Bot đang chờ bạn chọn kỳ cho tệp vừa gửi: bấm một nút ở tin nhắn trên, hoặc gõ mã kỳ "
                    + "(ví dụ <code>123</code>).");
        }
        return expect(Access.occurrenceToWorkOn(conversation, id.get()), conversation);
    }

    public Reply command(CommandLine line, Conversation conversation) {
        if (line.firstNumber().isEmpty()) {
            return chooseOccurrence(conversation, false);
        }
        return expect(Access.occurrenceToWorkOn(conversation, line.firstNumber().get()), conversation);
    }

    public Reply file(Incoming.File file, Conversation conversation) {
        if (!file.privateChat()) {
            return Reply.none();
        }
        Optional<String> extension = extension(file.fileName());
        if (extension.isEmpty() || !ALLOWED_TYPES.containsKey(extension.get())) {
            return Reply.text("Không nhận loại tệp này" + extension.filter(e -> e.length() <= 10)
                    .map(e -> " (." + escape(e) + ")").orElse("")
                    + ". Xin gửi PDF, Word (doc, docx), Excel (xls, xlsx), ảnh (jpg, png), ZIP hoặc văn bản (txt); "
                    + "ảnh chụp thì gửi thẳng dạng ảnh, không đính kèm dạng tệp.");
        }
        if (file.sizeBytes() > MAX_BYTES) {
            return Reply.text("Tệp lớn quá (tối đa 20 MB). Xin nén hoặc chia nhỏ rồi gửi lại.");
        }
        Target target = target(file.caption(), conversation);
        if (target instanceof Target.Answer answer) {
            return answer.reply();
        }
        if (target instanceof Target.Unknown) {
            conversation.tracker().dialogs().awaitOccurrenceForFile(conversation.chatId(), file.fileId(),
                    file.fileName(), conversation.tracker().occurrences().now());
            return chooseOccurrence(conversation, true);
        }
        Occurrence occurrence = Access.occurrenceToWorkOn(conversation, ((Target.Found) target).occurrenceId());
        return store(file.fileId(), file.fileName(), occurrence, conversation);
    }

    /** Downloads the file from Telegram and stores it as evidence of the occurrence, ending the dialog. */
    private Reply store(String fileId, String fileName, Occurrence occurrence, Conversation conversation) {
        String contentType = extension(fileName).map(ALLOWED_TYPES::get).orElseThrow();
        DownloadResult download = files.download(fileId, MAX_BYTES);
        if (download instanceof TelegramFailure failure) {
            return Reply.text(failure instanceof PermanentFailure permanent && permanent.reason().contains("allowed")
                    ? "Tệp lớn quá (tối đa 20 MB). Xin nén hoặc chia nhỏ rồi gửi lại."
                    : "Không tải được tệp. Xin gửi lại sau ít phút.");
        }
        Downloaded downloaded = (Downloaded) download;
        if (downloaded.size() > MAX_BYTES) {
            return Reply.text("Tệp lớn quá (tối đa 20 MB). Xin nén hoặc chia nhỏ rồi gửi lại.");
        }
        conversation.tracker().dialogs().end(conversation.chatId());
        Evidence evidence = conversation.tracker().evidence().submit(conversation.officialId(), Channel.BOT,
                occurrence.id(), occurrence.version(), fileName, contentType,
                new ByteArrayInputStream(downloaded.content()));
        List<List<InlineButton>> next = occurrence.isFinished() ? List.of()
                : List.of(List.of(CallbackData.button("✅ Báo hoàn thành", Action.FINISH, occurrence.id(),
                        occurrence.version())));
        return Reply.withButtons("📎 Đã lưu tài liệu kiểm chứng <b>" + escape(evidence.fileName()) + "</b> ("
                + kilobytes(evidence.sizeBytes()) + ") cho kỳ <code>" + occurrence.id() + "</code>.", next);
    }

    /** Where a file goes: an occurrence, or an answer that asks the official to say which. */
    private sealed interface Target {

        record Found(long occurrenceId) implements Target {
        }

        record Answer(Reply reply) implements Target {
        }

        /** Neither the caption nor the dialog says. */
        record Unknown() implements Target {
        }
    }

    private Target target(String caption, Conversation conversation) {
        Matcher occurrence = OCCURRENCE_IN_CAPTION.matcher(caption);
        if (occurrence.find()) {
            return new Target.Found(Long.parseLong(occurrence.group(1)));
        }
        Matcher task = TASK_CODE.matcher(caption);
        if (task.find()) {
            String code = task.group(1).toUpperCase(Locale.ROOT);
            Optional<Task> found = conversation.tracker().tasks().byCode(code);
            if (found.isEmpty()) {
                return new Target.Answer(Reply.text("Không có nhiệm vụ mã <code>" + escape(code) + "</code>. Ghi "
                        + "đúng mã nhiệm vụ (ví dụ <code>I.1</code>) hoặc mã kỳ (ví dụ <code>#123</code>) vào chú "
                        + "thích rồi gửi lại tệp."));
            }
            long agency = conversation.me().agencyId();
            return conversation.tracker().occurrences().openOf(agency).stream()
                    .filter(o -> o.taskId() == found.get().id()).map(Occurrence::id).findFirst()
                    .<Target>map(Target.Found::new)
                    .orElseGet(() -> new Target.Answer(Reply.text("Đơn vị không có kỳ nào đang mở của nhiệm vụ "
                            + "<code>" + escape(code) + "</code>. Gõ /viec để xem các kỳ đang mở.")));
        }
        return conversation.tracker().dialogs().current(conversation.chatId(), conversation.tracker().occurrences().now())
                .filter(d -> d.step() == DialogStep.EVIDENCE_FILE)
                .flatMap(BotDialog::occurrenceId)
                .<Target>map(Target.Found::new)
                .orElseGet(Target.Unknown::new);
    }

    /** The agency's open occurrences as buttons; {@code fileHeld}: a file was sent and waits for the choice. */
    private Reply chooseOccurrence(Conversation conversation, boolean fileHeld) {
        List<Occurrence> open = conversation.tracker().occurrences().openOf(conversation.me().agencyId());
        if (open.isEmpty()) {
            return Reply.text("Đơn vị không có việc nào đang mở để nộp minh chứng.");
        }
        var tasks = conversation.tracker().tasks().tasksOf(open);
        List<List<InlineButton>> keyboard = new ArrayList<>();
        for (Occurrence o : open.subList(0, Math.min(OccurrenceListHandler.PAGE_SIZE, open.size()))) {
            keyboard.add(List.of(CallbackData.button(tasks.get(o.taskId()).code() + " · hạn "
                    + Formats.date(o.dueDate()), Action.EVIDENCE, o.id(), o.version())));
        }
        return Reply.withButtons(fileHeld
                ? "Tệp này nộp cho kỳ nào? Bấm chọn kỳ (hoặc gõ mã kỳ) — bot lưu ngay, không cần gửi lại. Lần sau có "
                        + "thể ghi mã kỳ (<code>#123</code>) hoặc mã nhiệm vụ (<code>I.1</code>) vào chú thích."
                : "Nộp minh chứng cho kỳ nào? Chọn kỳ rồi gửi tệp, hoặc gửi tệp kèm mã kỳ (<code>#123</code>) trong "
                        + "chú thích.", keyboard);
    }

    private static Map<String, String> allowedTypes() {
        Map<String, String> byExtension = new TreeMap<>();
        EvidenceStore.ALLOWED_TYPES.forEach((type, extension) -> byExtension.put(extension, type));
        byExtension.put("jpeg", "image/jpeg");
        return Map.copyOf(byExtension);
    }

    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 1023) / 1024 + " KB";
    }
}
