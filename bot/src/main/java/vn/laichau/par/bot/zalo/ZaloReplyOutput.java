package vn.laichau.par.bot.zalo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import vn.laichau.par.application.download.DownloadLinks;
import vn.laichau.par.bot.command.Incoming;
import vn.laichau.par.bot.command.Reply;
import vn.laichau.par.bot.command.ReplyOutput;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.TelegramFailure;
import vn.laichau.par.bot.gateway.TelegramGateway;
import vn.laichau.par.persistence.telegram.ZaloLinkRepository;

/**
 * Sends the core's replies to a Zalo chat: plain text with buttons offered as typed commands
 * ({@link PlainTextReplies}), in ordered parts of at most 2,000 characters cut between lines (list items) or words.
 * Zalo takes photos by URL only and no documents: an image the core attaches (a chart) goes by its signed download
 * link with {@code sendPhoto}, a document (a report) as its signed download link under the text; without a public
 * URL there are no links, the image stays out (its text says the same) and the reply says where the document is.
 * Messages the reply sends to other chats go to Zalo or Telegram, whichever the chat belongs to.
 */
public final class ZaloReplyOutput implements ReplyOutput {

    private static final Logger LOG = Logger.getLogger(ZaloReplyOutput.class.getName());

    /** Where a document is when Zalo cannot be given a link to it. */
    static final String NO_DOCUMENT = "Zalo không nhận tệp từ bot, và hệ thống chưa được đặt địa chỉ công khai để gửi "
            + "liên kết tải. Gõ lệnh này với bot Telegram để nhận tệp Word, hoặc tải dự thảo từ hệ thống qua API báo "
            + "cáo (/api/v1/reports/plans/…/cchc-report) bằng tài khoản của bạn.";

    private final ZaloBotApi api;
    private final String chatId;
    private final LongFunction<Optional<String>> zaloUsers;
    private final TelegramGateway telegram;

    /**
     * @param chatId    the Zalo chat the event came from, where the reply goes
     * @param zaloUsers the Zalo user of another chat key, for messages to other chats
     * @param telegram  for messages to Telegram chats
     */
    public ZaloReplyOutput(ZaloBotApi api, String chatId, LongFunction<Optional<String>> zaloUsers,
                           TelegramGateway telegram) {
        this.api = Objects.requireNonNull(api, "api");
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.zaloUsers = Objects.requireNonNull(zaloUsers, "zaloUsers");
        this.telegram = Objects.requireNonNull(telegram, "telegram");
    }

    @Override
    public void send(Incoming incoming, Reply reply) {
        String text = PlainTextReplies.of(reply.html(), reply.keyboard());
        if (text.isEmpty() && !reply.notice().isEmpty()) {
            text = reply.notice();
        }
        if (reply.document().isPresent()) {
            text = text + (text.isEmpty() ? "" : "\n\n") + reply.documentLink()
                    .map(link -> "Tải tệp Word (" + reply.document().get().fileName() + "), liên kết dùng được "
                            + DownloadLinks.CHAT_LINK_LIFETIME.toMinutes() + " phút: " + link)
                    .orElse(NO_DOCUMENT);
        }
        reply.photo().flatMap(photo -> reply.photoLink()).ifPresent(link -> {
            ZaloAnswer answer = api.sendPhoto(chatId, link, "");
            if (!answer.ok()) {
                LOG.warning(() -> "A photo to Zalo chat " + chatId + " was not delivered: " + answer.description());
            }
        });
        if (!text.isEmpty()) {
            sendText(chatId, text);
        }
        for (Reply.ChatMessage other : reply.others()) {
            if (ZaloLinkRepository.isZaloChat(other.chatId())) {
                zaloUsers.apply(other.chatId()).ifPresent(user -> sendText(user,
                        PlainTextReplies.of(other.html(), other.keyboard())));
            } else {
                SendResult result = telegram.sendText(other.chatId(), other.html(), other.keyboard());
                if (result instanceof TelegramFailure failure) {
                    LOG.warning(() -> "A message to Telegram chat " + other.chatId() + " was not delivered: " + failure);
                }
            }
        }
    }

    private void sendText(String to, String text) {
        List<ZaloAnswer> answers = api.sendText(to, text);
        answers.stream().filter(answer -> !answer.ok()).findFirst().ifPresent(failed ->
                LOG.warning(() -> "A reply to Zalo chat " + to + " was not delivered: " + failed.description()));
    }
}
