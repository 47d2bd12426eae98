package vn.laichau.par.api.zalo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.application.channel.ChannelBoard;
import vn.laichau.par.application.channel.ChannelStatus;
import vn.laichau.par.bot.OccurrenceButtons;
import vn.laichau.par.bot.ZaloBotRuntime;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.zalo.PlainTextReplies;
import vn.laichau.par.bot.zalo.ZaloAnswer;
import vn.laichau.par.bot.zalo.ZaloBotApi;
import vn.laichau.par.bot.zalo.ZaloBotConfiguration;
import vn.laichau.par.notifier.AlertChannel;
import vn.laichau.par.notifier.DeliveryChannel;
import vn.laichau.par.notifier.ItemAction;
import vn.laichau.par.notifier.RenderedMessage;
import vn.laichau.par.notifier.SendOutcome;

/**
 * The notifier's Zalo channel: the address is the Zalo user id, the text the message's plain text with its
 * actions offered as the bot's typed commands, in ordered parts of at most 2,000 characters. An API that cannot
 * be reached makes the channel unavailable (the alert takes the next channel); 429, 5xx and time-outs are
 * transient; a user who blocked the bot or a chat Zalo does not know is unreachable. Off without a token.
 */
@ApplicationScoped
public class ZaloAlertChannel implements AlertChannel {

    private final Optional<ZaloBotApi> api;
    private final ChannelBoard board;

    @Inject
    public ZaloAlertChannel(ZaloBotConfiguration configuration, ChannelBoard board) {
        this(configuration.api(), board);
    }

    public ZaloAlertChannel(Optional<ZaloBotApi> api, ChannelBoard board) {
        this.api = api;
        this.board = board;
    }

    /** For the container's client proxy only. */
    protected ZaloAlertChannel() {
        this(Optional.empty(), null);
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.ZALO;
    }

    @Override
    public boolean isEnabled() {
        return api.isPresent();
    }

    @Override
    public boolean isReachable() {
        return board == null || board.status(ZaloBotRuntime.CHANNEL).map(ChannelStatus::up).orElse(true);
    }

    @Override
    public SendOutcome send(String address, RenderedMessage message) {
        if (api.isEmpty()) {
            return SendOutcome.unavailable("Zalo is not configured");
        }
        String html = message.telegramHtml().isBlank() ? htmlOf(message.plainText()) : message.telegramHtml();
        String withActions = PlainTextReplies.of(html, keyboard(message));
        List<ZaloAnswer> answers = api.get().sendText(address.strip(), withActions);
        ZaloAnswer last = answers.isEmpty() ? null : answers.get(answers.size() - 1);
        if (last == null) {
            return SendOutcome.permanentFailure("nothing to send", false);
        }
        if (last.ok()) {
            return SendOutcome.delivered(last.result().path("message_id").asText(""));
        }
        return classify(last, answers.size() > 1);
    }

    /** What a failed call means for the alert; {@code partly} when earlier parts of it were delivered. */
    static SendOutcome classify(ZaloAnswer failed, boolean partly) {
        String reason = failed.description() + (partly ? " (after earlier parts were delivered)" : "");
        if (!failed.reachedApi()) {
            boolean timedOut = failed.description().contains("Timeout") || failed.description().contains("timed out");
            return timedOut ? SendOutcome.transientFailure(Duration.ZERO, reason) : SendOutcome.unavailable(reason);
        }
        int code = failed.errorCode();
        if (code == 429) {
            return SendOutcome.transientFailure(Duration.ofSeconds(1), reason);
        }
        if (code >= 500 || code == 408) {
            return SendOutcome.transientFailure(Duration.ZERO, reason);
        }
        boolean unreachable = code == 403 || code == 404 || reason.toLowerCase(java.util.Locale.ROOT).contains("not found")
                || reason.toLowerCase(java.util.Locale.ROOT).contains("block");
        return SendOutcome.permanentFailure("Zalo " + code + ": " + reason, unreachable);
    }

    /** A plain text as Telegram HTML, so that {@link PlainTextReplies#of} gives it back unchanged. */
    private static String htmlOf(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<List<InlineButton>> keyboard(RenderedMessage message) {
        return message.actions().stream().map(row -> row.stream().map(ZaloAlertChannel::button).toList()).toList();
    }

    private static InlineButton button(ItemAction action) {
        return switch (action.kind()) {
            case FINISH -> OccurrenceButtons.finish(action.label(), action.occurrenceId(), action.version());
            case EXTEND -> OccurrenceButtons.extend(action.label(), action.occurrenceId(), action.version());
            case EVIDENCE -> OccurrenceButtons.evidence(action.label(), action.occurrenceId(), action.version());
        };
    }
}
