package vn.laichau.par.bot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The commands the bot understands: a Vietnamese name, English aliases and the line {@code /help} shows. Other
 * modules (the alerts) write commands through these definitions.
 */
public enum BotCommand {
    START("start", List.of(), "", "liên kết tài khoản: /start &lt;mã liên kết&gt;"),
    HELP("help", List.of("trogiup"), "", "danh sách lệnh"),
    OPEN_WORK("viec", List.of("tasks"), "", "việc của đơn vị tôi đang mở, hạn gần nhất trước"),
    OVERDUE("quahan", List.of("overdue"), "", "việc đã quá hạn"),
    UPCOMING("sapden", List.of("upcoming"), " [số ngày]", "việc đến hạn trong n ngày tới (mặc định 14)"),
    SEARCH("tim", List.of("search"), " &lt;từ khóa&gt;", "tìm nhiệm vụ, gõ có dấu hay không dấu đều được"),
    TASK("nv", List.of("task"), " &lt;mã&gt;", "chi tiết một nhiệm vụ, ví dụ /nv I.1"),
    UPDATE("capnhat", List.of("update", "progress"), " [mã kỳ]", "báo cáo tiến độ"),
    FINISH("xong", List.of("done", "finish"), " [mã kỳ]", "báo đã hoàn thành"),
    EXTEND("giahan", List.of("extend"), " [mã kỳ]", "xin gia hạn, kèm lý do"),
    EVIDENCE("nop", List.of("evidence"), " [mã kỳ]", "nộp tài liệu kiểm chứng (gửi tệp sau đó)"),
    OVERVIEW("tongquan", List.of("overview"), "", "tổng quan toàn tỉnh (lãnh đạo, Sở Nội vụ)"),
    PAR_INDEX("chiso", List.of("index", "parindex"), "", "lịch sử Chỉ số CCHC, kèm biểu đồ"),
    POINTS_AT_RISK("diem", List.of("risk"), "", "điểm Chỉ số CCHC có nguy cơ mất năm nay, theo tiêu chí, và ai cần làm"),
    REPORT("baocao", List.of("report"), " [quy1|6thang|9thang|nam] [năm] [tinh]",
            "dự thảo báo cáo CCHC của đơn vị (tệp Word); <code>tinh</code>: toàn tỉnh (Sở Nội vụ, lãnh đạo)"),
    SETTINGS("caidat", List.of("settings"), "", "tắt nhắc một nhiệm vụ, giờ yên lặng, kênh nhận nhắc"),
    GROUP("nhom", List.of("group"), " [tat]", "nhóm này nhận cảnh báo của đơn vị (quản trị, trong nhóm)"),
    UNLINK("huy_lienket", List.of("unlink"), "", "hủy liên kết tài khoản");

    private final String name;
    private final List<String> aliases;
    private final String argumentHint;
    private final String descriptionHtml;

    BotCommand(String name, List<String> aliases, String argumentHint, String descriptionHtml) {
        this.name = name;
        this.aliases = aliases;
        this.argumentHint = argumentHint;
        this.descriptionHtml = descriptionHtml;
    }

    /** The command a word names (without the slash, any case), by its Vietnamese name or an alias. */
    public static Optional<BotCommand> named(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (BotCommand command : values()) {
            if (command.name.equals(lower) || command.aliases.contains(lower)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    public String slashName() {
        return "/" + name;
    }

    /**
     * The command about one occurrence in the form that one tap in Telegram sends, e.g. {@code /xong_123}
     * (alert messages use it; {@code CommandParser} reads it back).
     */
    public String forOccurrence(long occurrenceId) {
        return slashName() + "_" + occurrenceId;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** One line of {@code /help}, in Telegram HTML. */
    public String helpLineHtml() {
        String alias = aliases.isEmpty() ? "" : " (/" + String.join(", /", aliases) + ")";
        return slashName() + argumentHint + alias + " — " + descriptionHtml;
    }
}
