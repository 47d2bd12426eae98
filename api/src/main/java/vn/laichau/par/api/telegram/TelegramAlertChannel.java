package vn.laichau.par.api.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.application.channel.ChannelStatus;
import vn.laichau.par.bot.ExtensionButtons;
import vn.laichau.par.bot.OccurrenceButtons;
import vn.laichau.par.bot.TelegramBotRuntime;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.Sent;
import vn.laichau.par.bot.gateway.TelegramGateway;
import vn.laichau.par.bot.gateway.TransientFailure;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.SendOutcome;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.DeliveryChannel;

/**
 * The notifier's Telegram channel, sending through the bot's gateway: the address is the chat id, the text the
 * message's Telegram HTML, with the message's actions as inline buttons under it. The gateway's classification
 * passes through unchanged (a group that became a supergroup as a moved address, with the chat's new id); the
 * notifier's dispatcher owns retries, fallback and rate limits. Off when no bot token is configured.
 */
@ApplicationScoped
public class TelegramAlertChannel implements AlertChannel {

    private final TelegramGateway gateway;
    private final boolean enabled;
    private final ChannelBoard board;

    /** @param botToken the bot's token; without one (or a blank one) the channel is off */
    public TelegramAlertChannel(TelegramGateway gateway, Optional<String> botToken) {
        this(gateway, botToken, null);
    }

    /** @param board where the bot's intake tells whether the Bot API can be reached */
    @Inject
    public TelegramAlertChannel(TelegramGateway gateway,
                                @ConfigProperty(name = "par.telegram.bot.token") Optional<String> botToken,
                                ChannelBoard board) {
        this.gateway = gateway;
        this.enabled = botToken.filter(token -> !token.isBlank()).isPresent();
        this.board = board;
    }

    /** For the container's client proxy only. */
    protected TelegramAlertChannel() {
        this(null, Optional.empty(), null);
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.TELEGRAM;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Unreachable while the bot's intake finds the Bot API down. */
    @Override
    public boolean isReachable() {
        return board == null || board.status(TelegramBotRuntime.CHANNEL).map(ChannelStatus::up).orElse(true);
    }

    @Override
    public SendOutcome send(String address, RenderedMessage message) {
        long chatId;
        try {
            chatId = Long.parseLong(address.strip());
        } catch (NumberFormatException e) {
            return SendOutcome.permanentFailure("not a Telegram chat id: " + address, true);
        }
        SendResult result = gateway.sendText(chatId, message.telegramHtml(), keyboard(chatId, message));
        if (result instanceof Sent sent) {
            return SendOutcome.delivered(Long.toString(sent.messageId()));
        }
        if (result instanceof TransientFailure failure) {
            if (failure.unreachable()) {
                return SendOutcome.unavailable(failure.reason());
            }
            return SendOutcome.transientFailure(failure.retryAfter(), failure.reason());
        }
        PermanentFailure failure = (PermanentFailure) result;
        if (failure.movedToChat().isPresent()) {
            return SendOutcome.moved(Long.toString(failure.movedToChat().getAsLong()), failure.reason());
        }
        return SendOutcome.permanentFailure(failure.reason(), failure.recipientUnreachable());
    }

    /**
     * The message's actions as the bot's own buttons, with the callback data its occurrence cards use (action,
     * occurrence, version), so that the bot handles a press as it handles one on a card: it acts as the
     * official linked to the person pressing, with the API's rules, and only while the occurrence is still at
     * that version; under an extension request, the bot's Duyệt / Từ chối buttons. None in a group chat, where
     * the bot acts on no occurrence.
     */
    static List<List<InlineButton>> keyboard(long chatId, RenderedMessage message) {
        if (chatId < 0) {
            return List.of();
        }
        return message.actions().stream()
                .map(row -> row.stream().map(TelegramAlertChannel::button).toList())
                .toList();
    }

    private static InlineButton button(ItemAction action) {
        return switch (action.kind()) {
            case FINISH -> OccurrenceButtons.finish(action.label(), action.targetId(), action.version());
            case EXTEND -> OccurrenceButtons.extend(action.label(), action.targetId(), action.version());
            case EVIDENCE -> OccurrenceButtons.evidence(action.label(), action.targetId(), action.version());
            case APPROVE_EXTENSION -> ExtensionButtons.approve(action.label(), action.targetId());
            case REJECT_EXTENSION -> ExtensionButtons.reject(action.label(), action.targetId());
        };
    }
}
