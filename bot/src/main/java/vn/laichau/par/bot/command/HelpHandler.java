package vn.laichau.par.bot.command;

import vn.laichau.par.bot.BotCommand;

import static vn.laichau.par.application.telegram.TelegramHtml.escape;

/** {@code /help}: the commands, and how to link when the chat is not linked yet. */
final class HelpHandler implements CommandHandler {

    @Override
    public Reply handle(CommandLine line, Conversation conversation) {
        StringBuilder html = new StringBuilder();
        if (conversation.official().isEmpty()) {
            html.append(Texts.NOT_LINKED).append("\n\n");
        } else {
            html.append("Chào ").append(escape(conversation.me().displayName())).append("! ");
        }
        html.append("<b>Các lệnh của bot</b>\n");
        for (BotCommand command : BotCommand.values()) {
            html.append("\n").append(command.helpLineHtml());
        }
        html.append("\n\nGửi tệp (PDF, Word, Excel, ảnh) kèm mã kỳ trong chú thích, ví dụ <code>#123</code>, "
                + "để nộp tài liệu kiểm chứng.");
        return Reply.text(html.toString());
    }
}
