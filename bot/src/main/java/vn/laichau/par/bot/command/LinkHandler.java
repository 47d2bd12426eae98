package vn.laichau.par.bot.command;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

import java.time.Clock;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.telegram.LinkOutcome;

/**
 * Linking: {@code /start <code>} links the chat, {@code /huy_lienket} unlinks it, {@code /nhom} subscribes a
 * group chat to the alerts of its admin's agency.
 */
final class LinkHandler {

    private final Clock clock;

    public LinkHandler(Clock clock) {
        this.clock = clock;
    }

    public Reply start(CommandLine line, Conversation conversation) {
        if (!conversation.incoming().privateChat()) {
            return Reply.text(Texts.PRIVATE_ONLY);
        }
        if (line.arguments().isEmpty()) {
            return conversation.official()
                    .map(me -> Reply.text("Chào " + escape(me.displayName()) + "! Tài khoản đã được liên kết. "
                            + "Gõ /viec để xem việc của đơn vị, /help để xem các lệnh."))
                    .orElseGet(() -> Reply.text(Texts.NOT_LINKED));
        }
        LinkOutcome outcome = ChatLinks.redeem(line.arguments().get(0), conversation.incoming(),
                conversation.tracker());
        if (outcome instanceof LinkOutcome.Linked linked) {
            return linked(linked.official(), conversation);
        }
        if (outcome instanceof LinkOutcome.Expired) {
            return Reply.text("Mã liên kết đã hết hạn (mã chỉ có hiệu lực 15 phút). "
                    + "Xin lấy mã mới trong ứng dụng rồi gửi lại.");
        }
        if (outcome instanceof LinkOutcome.Used) {
            return Reply.text("Mã liên kết này đã được dùng. Mỗi mã chỉ dùng một lần; xin lấy mã mới trong ứng dụng.");
        }
        return Reply.text("Mã liên kết không đúng. Xin kiểm tra lại, hoặc lấy mã mới trong ứng dụng.");
    }

    private Reply linked(Official official, Conversation conversation) {
        return Reply.text("✅ Đã liên kết với tài khoản <b>" + escape(official.displayName()) + "</b> ("
                + escape(conversation.tracker().tasks().agencyName(official.agencyId())) + ").\n\n"
                + "Gõ /viec để xem việc của đơn vị, /help để xem các lệnh.");
    }

    public Reply unlink(CommandLine line, Conversation conversation) {
        conversation.tracker().dialogs().end(conversation.chatId());
        boolean unlinked = ChatLinks.unlink(conversation.incoming(), conversation.tracker());
        return Reply.text(unlinked
                ? "Đã hủy liên kết. Bot sẽ không gửi thông tin của đơn vị tới tài khoản "
                        + ChatLinks.messengerName(conversation.incoming()) + " này nữa."
                : Texts.NOT_LINKED);
    }

    /** {@code /nhom} in a group chat: its alerts come from the admin's agency; {@code /nhom tat} ends that. */
    public Reply group(CommandLine line, Conversation conversation) {
        if (conversation.incoming().privateChat()) {
            return Reply.text("Hãy thêm bot vào nhóm của đơn vị rồi gửi <code>/nhom</code> trong nhóm đó.");
        }
        Official me = conversation.me();
        if (!me.hasRole(Role.ADMIN) && !me.isHeadOfAgency()) {
            return Reply.text("Chỉ quản trị viên hoặc thủ trưởng đơn vị mới đăng ký nhóm nhận cảnh báo.");
        }
        var preferences = conversation.tracker().preferences();
        if (line.firstArgument().filter(a -> a.equalsIgnoreCase("tat") || a.equalsIgnoreCase("off")).isPresent()) {
            boolean had = preferences.unsubscribeGroup(conversation.chatId());
            return Reply.text(had ? "Nhóm này sẽ không nhận cảnh báo nữa." : "Nhóm này chưa đăng ký nhận cảnh báo.");
        }
        preferences.subscribeGroup(conversation.chatId(), me.agencyId(), me.id(), clock);
        return Reply.text("✅ Nhóm này sẽ nhận cảnh báo hạn của <b>"
                + escape(conversation.tracker().tasks().agencyName(me.agencyId())) + "</b>. Gửi <code>/nhom tat</code> để dừng.");
    }
}
