package vn.laichau.par.api.zalo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.application.channel.ChannelStatus;
import vn.laichau.par.bot.ExtensionButtons;
import vn.laichau.par.bot.OccurrenceButtons;
import vn.laichau.par.bot.ZaloBotRuntime;
import vn.laichau.par.bot.ZaloMessenger;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.SendOutcome;

/**
 * The notifier's Zalo channel: the address is the Zalo user id, the text the message's plain text with its
 * actions offered as the bot's typed commands, in ordered parts of at most 2,000 characters. An API that cannot
 * be reached (connection refused or reset, unknown host, no route, TLS cut off) makes the channel unavailable and
 * the alert takes the next channel; 429, 5xx (also a proxy's HTML page) and time-outs are transient, retried on
 * Zalo first; a user who blocked the bot or a chat Zalo does not know is unreachable. Off without a token.
 */
@ApplicationScoped
public class ZaloAlertChannel implements AlertChannel {

    private final ZaloMessenger zalo;
    private final ChannelBoard board;

    /** @param board where the Zalo intake tells whether the API can be reached; null: always reachable */
    @Inject
    public ZaloAlertChannel(ZaloMessenger zalo, ChannelBoard board) {
        this.zalo = zalo;
        this.board = board;
    }

    /** For the container's client proxy only. */
    protected ZaloAlertChannel() {
        this(null, null);
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.ZALO;
    }

    @Override
    public boolean isEnabled() {
        return zalo.isConfigured();
    }

    @Override
    public boolean isReachable() {
        return board == null || board.status(ZaloBotRuntime.CHANNEL).map(ChannelStatus::up).orElse(true);
    }

    @Override
    public SendOutcome send(String address, RenderedMessage message) {
        String html = message.telegramHtml().isBlank() ? htmlOf(message.plainText()) : message.telegramHtml();
        ZaloMessenger.Outcome outcome = zalo.send(address, html, keyboard(message));
        if (outcome.delivered()) {
            return SendOutcome.delivered(outcome.messageId());
        }
        return classify(outcome);
    }

    /** What a failed send means for the alert. */
    static SendOutcome classify(ZaloMessenger.Outcome failed) {
        String reason = failed.description() + (failed.partly() ? " (after earlier parts were delivered)" : "");
        int code = failed.errorCode();
        if (!failed.reachedApi()) {
            String lower = reason.toLowerCase(Locale.ROOT);
            boolean cutOff = lower.contains("connectexception") || lower.contains("unknownhost")
                    || lower.contains("noroutetohost") || lower.contains("sslhandshake")
                    || lower.contains("connection reset") || lower.contains("not configured");
            return code == 0 && cutOff ? SendOutcome.unavailable(reason)
                    : SendOutcome.transientFailure(Duration.ZERO, reason);
        }
        if (code == 429) {
            return SendOutcome.transientFailure(Duration.ofSeconds(1), reason);
        }
        if (code >= 500 || code == 408) {
            return SendOutcome.transientFailure(Duration.ZERO, reason);
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        boolean unreachable = code == 403 || code == 404 || lower.contains("not found") || lower.contains("block");
        return SendOutcome.permanentFailure("Zalo " + code + ": " + reason, unreachable);
    }

    /** A plain text as Telegram HTML. */
    private static String htmlOf(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<List<InlineButton>> keyboard(RenderedMessage message) {
        return message.actions().stream().map(row -> row.stream().map(ZaloAlertChannel::button).toList()).toList();
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
