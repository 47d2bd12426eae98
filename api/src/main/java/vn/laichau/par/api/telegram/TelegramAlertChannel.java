package vn.laichau.par.api.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.bot.spi.PermanentFailure;
import vn.laichau.par.bot.spi.SendResult;
import vn.laichau.par.bot.spi.Sent;
import vn.laichau.par.bot.spi.TelegramGateway;
import vn.laichau.par.bot.spi.TransientFailure;
import vn.laichau.par.notifier.channel.AlertChannel;
import vn.laichau.par.notifier.channel.SendOutcome;
import vn.laichau.par.notifier.message.RenderedMessage;
import vn.laichau.par.notifier.recipient.Channel;

/**
 * The notifier's Telegram channel, sending through the bot's gateway: the address is the chat id, the text the
 * message's Telegram HTML. The gateway's classification passes through unchanged; the notifier's dispatcher
 * owns retries, fallback and rate limits. Off when no bot token is configured.
 */
@ApplicationScoped
public class TelegramAlertChannel implements AlertChannel {

    private TelegramGateway gateway;
    private boolean enabled;

    public TelegramAlertChannel() {
    }

    @Inject
    public TelegramAlertChannel(TelegramGateway gateway,
                                @ConfigProperty(name = "par.telegram.bot.token") Optional<String> botToken) {
        this(gateway, botToken.filter(token -> !token.isBlank()).isPresent());
    }

    public TelegramAlertChannel(TelegramGateway gateway, boolean enabled) {
        this.gateway = gateway;
        this.enabled = enabled;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public SendOutcome send(String address, RenderedMessage message) {
        long chatId;
        try {
            chatId = Long.parseLong(address.strip());
        } catch (NumberFormatException e) {
            return SendOutcome.permanentFailure("not a Telegram chat id: " + address, true);
        }
        SendResult result = gateway.sendText(chatId, message.telegramHtml());
        if (result instanceof Sent sent) {
            return SendOutcome.delivered(Long.toString(sent.messageId()));
        }
        if (result instanceof TransientFailure failure) {
            return SendOutcome.transientFailure(failure.retryAfter(), failure.reason());
        }
        PermanentFailure failure = (PermanentFailure) result;
        return SendOutcome.permanentFailure(failure.reason(), failure.recipientUnreachable());
    }
}
