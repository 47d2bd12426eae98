package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;

/**
 * The bot's replies used in several places, in Vietnamese (Telegram HTML); commands are named through
 * {@link BotCommand}.
 */
final class Texts {

    public static final String NOT_LINKED = "Xin chào! Tài khoản này chưa được liên kết với hệ thống theo dõi "
            + "Kế hoạch cải cách hành chính của tỉnh Lai Châu.\n\n"
            + "Để liên kết: đăng nhập ứng dụng (hoặc nhờ quản trị viên tại Sở Nội vụ) lấy <b>mã liên kết</b>, "
            + "rồi bấm đường dẫn được cấp hoặc gửi <code>/start &lt;mã liên kết&gt;</code> tại đây. "
            + "Mã có hiệu lực 15 phút và chỉ dùng một lần.";
    public static final String PRIVATE_ONLY = "Lệnh này chỉ dùng khi nhắn riêng với bot, để thông tin của đơn vị "
            + "không hiện trong nhóm.";
    public static final String SLOW_DOWN = "Bạn gửi nhanh quá. Xin chờ ít giây rồi gửi lại nhé.";
    public static final String FAILED = "Xin lỗi, bot chưa xử lý được yêu cầu này. Xin thử lại sau ít phút; "
            + "nếu vẫn lỗi, hãy báo quản trị viên.";
    public static final String CHANGED_MEANWHILE = "Kỳ này vừa được người khác cập nhật. Xin mở lại và thử lại.";
    public static final String OLD_BUTTON = "Nút này không còn dùng được. Gõ "
            + BotCommand.OPEN_WORK.slashName() + " để xem danh sách mới.";

    private Texts() {
    }

    public static String noSuchOccurrence(long id) {
        return "Không tìm thấy kỳ mã <code>" + id + "</code>. Gõ " + BotCommand.OPEN_WORK.slashName()
                + " để xem các kỳ của đơn vị.";
    }

    public static String needsOccurrence(BotCommand command) {
        return "Hãy cho biết mã kỳ, ví dụ <code>" + command.slashName() + " 123</code>, hoặc chọn từ "
                + BotCommand.OPEN_WORK.slashName() + ".";
    }
}
