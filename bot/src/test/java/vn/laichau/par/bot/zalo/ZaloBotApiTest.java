package vn.laichau.par.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.testing.FakeZaloApi;
import vn.laichau.par.bot.testing.RecordedCall;

/** The thin Zalo client against the fake Zalo Bot API on loopback. */
class ZaloBotApiTest {

    private final FakeZaloApi zalo = FakeZaloApi.start();
    private final ZaloBotApi api = new ZaloBotApi(zalo.settings());

    @AfterEach
    void stop() {
        zalo.close();
    }

    @Test
    void getUpdatesReturnsOneEventPerCallWithItsKey() {
        String first = zalo.queueText("u-1", "/viec");
        zalo.queueText("u-2", "/help");

        ZaloBotApi.PollResult poll = api.getUpdates();

        assertThat(poll.answer().ok()).isTrue();
        ZaloEvent event = poll.event().orElseThrow();
        assertThat(event.eventName()).isEqualTo(ZaloEvent.TEXT);
        assertThat(event.messageId()).isEqualTo(first);
        assertThat(event.key()).isEqualTo("message.text.received:" + first);
        assertThat(event.chatId()).isEqualTo("u-1");
        assertThat(event.privateChat()).isTrue();
        assertThat(event.text()).contains("/viec");
        assertThat(api.getUpdates().event().orElseThrow().text()).contains("/help");
        assertThat(zalo.calls("getUpdates")).allSatisfy(call -> assertThat(call.param("timeout")).isEqualTo("1"));
    }

    @Test
    void anEmptyPollIsNothingYetWhetherZaloAnswersHttp408Or200() {
        ZaloBotApi.PollResult as408 = api.getUpdates();
        zalo.emptyPollsAnswer200();
        ZaloBotApi.PollResult as200 = api.getUpdates();

        assertThat(List.of(as408, as200)).allSatisfy(poll -> {
            assertThat(poll.nothingYet()).isTrue();
            assertThat(poll.failed()).isFalse();
            assertThat(poll.event()).isEmpty();
        });
    }

    @Test
    void aServerErrorOrAnUnreachableApiIsATransientFailureThatNamesNoToken() {
        zalo.failNextCalls(1);
        ZaloBotApi.PollResult badGateway = api.getUpdates();
        assertThat(badGateway.failed()).isTrue();
        assertThat(badGateway.answer().isTransient()).isTrue();
        assertThat(badGateway.answer().errorCode()).isEqualTo(502);

        zalo.close();
        ZaloAnswer unreachable = api.getMe();
        assertThat(unreachable.reachedApi()).isFalse();
        assertThat(unreachable.isTransient()).isTrue();
        assertThat(unreachable.description()).startsWith("getMe: java.net.ConnectException")
                .doesNotContain(zalo.token());
    }

    @Test
    void aFiveThousandCharacterAnswerArrivesAsOrderedPartsOfAtMostTwoThousand() {
        StringBuilder answer = new StringBuilder();
        for (int i = 1; answer.length() < 5_000; i++) {
            answer.append("- Nhiệm vụ ").append(i).append(": nộp tài liệu kiểm chứng trước 20/12\n");
        }
        String text = answer.toString().strip();

        List<ZaloAnswer> sent = api.sendText("u-9", text);

        List<RecordedCall> messages = zalo.calls("sendMessage");
        assertThat(sent).hasSize(3).allSatisfy(a -> assertThat(a.ok()).isTrue());
        assertThat(messages).hasSize(3).allSatisfy(call -> {
            assertThat(call.param("chat_id")).isEqualTo("u-9");
            assertThat(call.param("text").length()).isBetween(1, 2_000);
        });
        assertThat(String.join("\n", messages.stream().map(call -> call.param("text")).toList())).isEqualTo(text);
    }

    @Test
    void theWebhookIsRegisteredWithItsSecretToken() {
        ZaloBotApi webhookApi = new ZaloBotApi(new ZaloSettings(zalo.token(), zalo.baseUrl(), ZaloMode.WEBHOOK,
                "zalo-webhook-secret-of-at-least-32-chars", 1, java.time.Duration.ofSeconds(5)));

        assertThat(webhookApi.setWebhook("https://par.example.vn/api/v1/zalo/webhook").ok()).isTrue();

        RecordedCall call = zalo.calls("setWebhook").get(0);
        assertThat(call.param("url")).isEqualTo("https://par.example.vn/api/v1/zalo/webhook");
        assertThat(call.param("secret_token")).isEqualTo("zalo-webhook-secret-of-at-least-32-chars");
    }
}
