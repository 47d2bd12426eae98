package vn.laichau.par.bot.command;

import java.util.logging.Logger;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.TelegramFailure;
import vn.laichau.par.bot.gateway.TelegramGateway;

/** Sends a {@link Reply} through the {@link TelegramGateway}: the one place where replies leave the bot. */
final class ReplySender implements ReplyOutput {

    private static final Logger LOG = Logger.getLogger(ReplySender.class.getName());

    private final TelegramGateway gateway;

    public ReplySender(TelegramGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void send(Incoming incoming, Reply reply) {
        if (incoming instanceof Incoming.ButtonPress press) {
            var answered = gateway.answerCallback(press.callbackQueryId(), reply.notice());
            if (answered instanceof TelegramFailure failure) {
                LOG.fine(() -> "Answering a button press failed: " + failure);
            }
        }
        reply.photo().ifPresent(photo -> log(gateway.sendPhoto(incoming.chatId(), photo, ""), incoming.chatId()));
        if (!reply.html().isEmpty()) {
            log(gateway.sendText(incoming.chatId(), reply.html(), reply.keyboard()), incoming.chatId());
        }
        reply.document().ifPresent(file -> log(gateway.sendDocument(incoming.chatId(), file, ""), incoming.chatId()));
        for (Reply.ChatMessage other : reply.others()) {
            log(gateway.sendText(other.chatId(), other.html(), other.keyboard()), other.chatId());
        }
    }

    private static void log(SendResult result, long chatId) {
        if (result instanceof TelegramFailure failure) {
            LOG.warning(() -> "A reply to chat " + chatId + " was not delivered: " + failure);
        }
    }
}
