package vn.laichau.par.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.zalo.PlainTextReplies;
import vn.laichau.par.bot.zalo.ZaloAnswer;
import vn.laichau.par.bot.zalo.ZaloBotApi;
import vn.laichau.par.bot.zalo.ZaloBotConfiguration;

/**
 * The sending side of the Zalo bot for other modules (the notifier's Zalo channel): a Telegram HTML text with
 * buttons goes out as plain text with the buttons as typed commands, in ordered parts of at most 2,000
 * characters. Nothing here retries; the {@link Outcome} says what happened.
 */
@ApplicationScoped
public class ZaloMessenger {

    private final Optional<ZaloBotApi> api;

    @Inject
    public ZaloMessenger(ZaloBotConfiguration configuration) {
        this(configuration.api());
    }

    public ZaloMessenger(Optional<ZaloBotApi> api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** For the container's client proxy only. */
    protected ZaloMessenger() {
        this.api = Optional.empty();
    }

    /** Whether a Zalo bot token is configured. */
    public boolean isConfigured() {
        return api.isPresent();
    }

    /** Sends {@code html} (Telegram HTML) with {@code keyboard} as typed commands to the Zalo user {@code userId}. */
    public Outcome send(String userId, String html, List<List<InlineButton>> keyboard) {
        if (api.isEmpty()) {
            return new Outcome(false, "", false, 0, "Zalo is not configured", false);
        }
        List<ZaloAnswer> answers = api.get().sendText(userId.strip(), PlainTextReplies.of(html, keyboard));
        if (answers.isEmpty()) {
            return new Outcome(false, "", true, 400, "nothing to send", false);
        }
        ZaloAnswer last = answers.get(answers.size() - 1);
        return new Outcome(last.ok(), last.ok() ? last.result().path("message_id").asText("") : "",
                last.reachedApi(), last.errorCode(), last.description(), answers.size() > 1);
    }

    /**
     * What became of one text: {@code delivered} with Zalo's id of the last part; else whether the API was
     * reached at all, its error code and description, and whether earlier parts had been delivered.
     */
    public record Outcome(boolean delivered, String messageId, boolean reachedApi, int errorCode, String description,
                          boolean partly) {
    }
}
