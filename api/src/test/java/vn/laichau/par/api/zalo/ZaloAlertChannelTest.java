package vn.laichau.par.api.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.ZaloMessenger;
import vn.laichau.par.notifier.SendOutcome;

class ZaloAlertChannelTest {

    private static SendOutcome failed(boolean reachedApi, int code, String description) {
        return ZaloAlertChannel.classify(new ZaloMessenger.Outcome(false, "", reachedApi, code, description, false));
    }

    @Test
    void anApiThatCannotBeReachedPassesTheAlertOnAndPassingTroubleIsRetriedOnZalo() {
        assertThat(failed(false, 0, "sendMessage: java.net.ConnectException")).isInstanceOf(SendOutcome.Unavailable.class);
        assertThat(failed(false, 0, "sendMessage: java.net.UnknownHostException: bot-api.zaloplatforms.com"))
                .isInstanceOf(SendOutcome.Unavailable.class);
        assertThat(failed(false, 0, "sendMessage: java.net.http.HttpTimeoutException: request timed out"))
                .isInstanceOf(SendOutcome.Transient.class);
        assertThat(failed(false, 502, "sendMessage: HTTP 502 without the API's JSON"))
                .isInstanceOf(SendOutcome.Transient.class);
        assertThat(failed(true, 429, "sendMessage: Too Many Requests")).isInstanceOf(SendOutcome.Transient.class);
        assertThat(failed(true, 500, "sendMessage: Internal error")).isInstanceOf(SendOutcome.Transient.class);
    }

    @Test
    void aUserWhoBlockedTheBotOrAnUnknownChatIsUnreachableAndABadMessageIsNot() {
        SendOutcome blocked = failed(true, 403, "sendMessage: Forbidden: the user has blocked the bot");
        assertThat(blocked).isInstanceOfSatisfying(SendOutcome.Permanent.class,
                p -> assertThat(p.recipientUnreachable()).isTrue());
        assertThat(failed(true, 400, "sendMessage: chat not found")).isInstanceOfSatisfying(SendOutcome.Permanent.class,
                p -> assertThat(p.recipientUnreachable()).isTrue());
        assertThat(failed(true, 400, "sendMessage: text must be 1-2000 characters"))
                .isInstanceOfSatisfying(SendOutcome.Permanent.class, p -> assertThat(p.recipientUnreachable()).isFalse());
    }
}
