package vn.laichau.par.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.bot.gateway.Answered;
import vn.laichau.par.bot.gateway.DownloadResult;
import vn.laichau.par.bot.gateway.Downloaded;
import vn.laichau.par.bot.gateway.InlineButton;
import vn.laichau.par.bot.gateway.OutgoingFile;
import vn.laichau.par.bot.gateway.PermanentFailure;
import vn.laichau.par.bot.gateway.SendResult;
import vn.laichau.par.bot.gateway.Sent;
import vn.laichau.par.application.telegram.TelegramHtml;
import vn.laichau.par.bot.gateway.TransientFailure;
import vn.laichau.par.bot.testing.FakeBotApi;
import vn.laichau.par.bot.testing.RecordedCall;
import vn.laichau.par.bot.testing.ScriptedAnswer;

class BotApiTelegramGatewayTest {

    private static final long CHAT = 424242L;

    private FakeBotApi telegram;
    private BotApiTelegramGateway gateway;

    @BeforeEach
    void start() {
        telegram = FakeBotApi.start();
        gateway = new BotApiTelegramGateway(telegram.settings().withRequestTimeout(Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        gateway.close();
        telegram.close();
    }

    @Test
    void textIsSentAsHtmlAndTheMessageIdComesBack() {
        SendResult result = gateway.sendText(CHAT, "<b>Nhiệm vụ 1.2</b> đến hạn ngày 31/12/2025");

        assertThat(result).isInstanceOf(Sent.class);
        RecordedCall call = onlyCall("sendMessage");
        assertThat(((Sent) result).messageId()).isPositive();
        assertThat(call.param("chat_id")).isEqualTo(String.valueOf(CHAT));
        assertThat(call.param("text")).isEqualTo("<b>Nhiệm vụ 1.2</b> đến hạn ngày 31/12/2025");
        assertThat(call.param("parse_mode")).isEqualToIgnoringCase("HTML");
    }

    @Test
    void aReplyAfterAnOutageGoesOutOnAFreshConnectionOnceTheGatewayIsToldTheApiIsBack() {
        assertThat(gateway.sendText(CHAT, "trước")).isInstanceOf(Sent.class);
        telegram.goDown();
        telegram.comeUp();

        gateway.reconnected();

        assertThat(gateway.sendText(CHAT, "sau")).isInstanceOf(Sent.class);
        assertThat(telegram.calls("sendMessage")).extracting(call -> call.param("text")).containsExactly("trước", "sau");
    }

    @Test
    void successiveSendsGetDistinctMessageIds() {
        Sent first = (Sent) gateway.sendText(CHAT, "một");
        Sent second = (Sent) gateway.sendText(CHAT, "hai");

        assertThat(second.messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void inlineButtonsTravelAsAnInlineKeyboard() throws Exception {
        List<List<InlineButton>> keyboard = List.of(
                List.of(new InlineButton("Đã hoàn thành", "done:17"), new InlineButton("Xin gia hạn", "extend:17")),
                List.of(new InlineButton("Nộp minh chứng", "evidence:17")));

        assertThat(gateway.sendText(CHAT, "Nhắc việc", keyboard)).isInstanceOf(Sent.class);

        JsonNode markup = new ObjectMapper().readTree(onlyCall("sendMessage").param("reply_markup"));
        JsonNode rows = markup.get("inline_keyboard");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0).get("text").asText()).isEqualTo("Đã hoàn thành");
        assertThat(rows.get(0).get(0).get("callback_data").asText()).isEqualTo("done:17");
        assertThat(rows.get(0).get(1).get("callback_data").asText()).isEqualTo("extend:17");
        assertThat(rows.get(1).get(0).get("callback_data").asText()).isEqualTo("evidence:17");
    }

    @Test
    void userTextEscapedWithTheHelperArrivesIntact() {
        String userText = "Báo cáo <số 5> & phụ lục";

        gateway.sendText(CHAT, "<i>" + TelegramHtml.escape(userText) + "</i>");

        assertThat(onlyCall("sendMessage").param("text"))
                .isEqualTo("<i>Báo cáo &lt;số 5&gt; &amp; phụ lục</i>");
    }

    @Test
    void aTextOverTheLimitGoesOutInPartsWithTheButtonsUnderTheLast() {
        StringBuilder digest = new StringBuilder("<b>Tổng hợp quá hạn</b>\n");
        for (int i = 1; i <= 200; i++) {
            digest.append("Nhiệm vụ ").append(i).append(": Sở Nội vụ, quá hạn ").append(i).append(" ngày\n");
        }
        assertThat(HtmlMessageSplitter.visibleLength(digest.toString())).isGreaterThan(4096);

        SendResult result = gateway.sendText(CHAT, digest.toString(), List.of(List.of(new InlineButton("Xem", "v"))));

        List<RecordedCall> sends = telegram.calls("sendMessage");
        assertThat(sends).hasSizeGreaterThan(1);
        assertThat(sends).allSatisfy(call ->
                assertThat(HtmlMessageSplitter.visibleLength(call.param("text"))).isLessThanOrEqualTo(4096));
        assertThat(sends.subList(0, sends.size() - 1)).allSatisfy(call -> assertThat(call.param("reply_markup")).isEmpty());
        assertThat(sends.get(sends.size() - 1).param("reply_markup")).contains("\"callback_data\":\"v\"");
        assertThat(String.join("", sends.stream().map(call -> call.param("text")).toList()))
                .contains("Nhiệm vụ 1:", "Nhiệm vụ 200:");
        assertThat(result).isInstanceOf(Sent.class);
    }

    @Test
    void aDocumentIsUploadedWithItsNameBytesAndCaption() {
        byte[] pdf = "%PDF-1.4 báo cáo".getBytes(StandardCharsets.UTF_8);

        SendResult result = gateway.sendDocument(CHAT, new OutgoingFile("bao-cao-quy-3.pdf", pdf), "Báo cáo <b>quý 3</b>");

        assertThat(result).isInstanceOf(Sent.class);
        RecordedCall call = onlyCall("sendDocument");
        assertThat(call.files().get("document").fileName()).isEqualTo("bao-cao-quy-3.pdf");
        assertThat(call.files().get("document").content()).isEqualTo(pdf);
        assertThat(call.param("caption")).isEqualTo("Báo cáo <b>quý 3</b>");
        assertThat(call.param("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(call.param("chat_id")).isEqualTo(String.valueOf(CHAT));
    }

    @Test
    void aPhotoIsUploadedWithoutCaptionWhenNoneIsGiven() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        SendResult result = gateway.sendPhoto(CHAT, new OutgoingFile("chiso-par.png", png), "");

        assertThat(result).isInstanceOf(Sent.class);
        RecordedCall call = onlyCall("sendPhoto");
        assertThat(call.files().get("photo").content()).isEqualTo(png);
        assertThat(call.param("caption")).isEmpty();
    }

    @Test
    void aCallbackQueryIsAnsweredWithItsNotice() {
        assertThat(gateway.answerCallback("cb-7", "Đã ghi nhận")).isInstanceOf(Answered.class);

        RecordedCall call = onlyCall("answerCallbackQuery");
        assertThat(call.param("callback_query_id")).isEqualTo("cb-7");
        assertThat(call.param("text")).isEqualTo("Đã ghi nhận");
    }

    @Test
    void tooManyRequestsIsTransientWithTelegramsRetryAfter() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.tooManyRequests(7));

        SendResult result = gateway.sendText(CHAT, "xin chào");

        assertThat(result).isInstanceOfSatisfying(TransientFailure.class, failure -> {
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            assertThat(failure.reason()).contains("429");
        });
        assertThat(telegram.calls("sendMessage")).as("the gateway never retries").hasSize(1);
    }

    @Test
    void aServerErrorIsTransientWithoutRetryHint() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.internalServerError());

        SendResult result = gateway.sendText(CHAT, "xin chào");

        assertThat(result).isInstanceOfSatisfying(TransientFailure.class, failure -> {
            assertThat(failure.retryAfter()).isEqualTo(Duration.ZERO);
            assertThat(failure.reason()).contains("500");
        });
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void anHtmlErrorPageInsteadOfJsonIsTransient() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.htmlBadGateway());

        assertThat(gateway.sendText(CHAT, "xin chào")).isInstanceOf(TransientFailure.class);
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void aTimeOutIsTransient() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.delay(Duration.ofSeconds(4)));

        SendResult result = gateway.sendText(CHAT, "xin chào");

        assertThat(result).isInstanceOfSatisfying(TransientFailure.class,
                failure -> assertThat(failure.reason()).containsIgnoringCase("timeout"));
    }

    @Test
    void anUnreachableServerIsTransient() {
        telegram.close();

        assertThat(gateway.sendText(CHAT, "xin chào")).isInstanceOf(TransientFailure.class);
    }

    @Test
    void aBlockedBotIsPermanentAndMarksTheRecipientUnreachable() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.botBlockedByUser());

        assertThat(gateway.sendText(CHAT, "xin chào")).isInstanceOfSatisfying(PermanentFailure.class, failure -> {
            assertThat(failure.recipientUnreachable()).isTrue();
            assertThat(failure.reason()).contains("403", "blocked");
        });
        assertThat(telegram.calls("sendMessage")).hasSize(1);
    }

    @Test
    void aDeactivatedUserIsPermanentAndUnreachable() {
        telegram.answerNext("sendDocument", 1, ScriptedAnswer.userDeactivated());

        SendResult result = gateway.sendDocument(CHAT, new OutgoingFile("a.pdf", new byte[] {1}), null);

        assertThat(result).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.recipientUnreachable()).isTrue());
    }

    @Test
    void aMissingChatIsPermanentAndUnreachable() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.chatNotFound());

        assertThat(gateway.sendText(CHAT, "xin chào")).isInstanceOfSatisfying(PermanentFailure.class, failure -> {
            assertThat(failure.recipientUnreachable()).isTrue();
            assertThat(failure.reason()).contains("400", "chat not found");
            assertThat(failure.movedToChat()).isEmpty();
        });
    }

    @Test
    void aGroupUpgradedToASupergroupIsUnreachableAtItsOldIdAndNamesItsNewOne() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.groupUpgradedToSupergroup(-1_009_876_543_210L));

        assertThat(gateway.sendText(-4_012_345L, "xin chào")).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> {
                    assertThat(failure.recipientUnreachable()).isTrue();
                    assertThat(failure.movedToChat()).hasValue(-1_009_876_543_210L);
                    assertThat(failure.reason()).contains("400", "upgraded to a supergroup");
                });
        assertThat(gateway.sendText(-4_012_345L, "xin chào")).as("the next call is answered normally")
                .isInstanceOf(Sent.class);
    }

    @Test
    void aRejectedMessageIsPermanentButTheRecipientStaysReachable() {
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.badRequest("can't parse entities: unclosed tag"));

        assertThat(gateway.sendText(CHAT, "<b>xin chào")).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.recipientUnreachable()).isFalse());
    }

    @Test
    void aFailureOnALaterPartSaysWhichPartFailed() {
        String longText = ("Dòng nội dung dài cho tin nhắn tổng hợp.\n").repeat(150);
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.delay(Duration.ZERO));
        telegram.answerNext("sendMessage", 1, ScriptedAnswer.tooManyRequests(3));

        SendResult result = gateway.sendText(CHAT, longText);

        assertThat(result).isInstanceOfSatisfying(TransientFailure.class, failure -> {
            assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3));
            assertThat(failure.reason()).contains("part 2 of");
        });
        assertThat(telegram.calls("sendMessage")).as("stops at the failed part").hasSize(2);
    }

    @Test
    void aFileIsDownloadedThroughTheConfiguredBaseUrl() {
        byte[] content = "minh chứng: quyết định 123/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
        String fileId = telegram.addFile("documents/file_7.pdf", content);

        DownloadResult result = gateway.download(fileId, 1_000_000);

        assertThat(result).isInstanceOfSatisfying(Downloaded.class, downloaded -> {
            assertThat(downloaded.content()).isEqualTo(content);
            assertThat(downloaded.filePath()).isEqualTo("documents/file_7.pdf");
        });
        assertThat(telegram.calls("getFile")).hasSize(1);
        assertThat(telegram.calls("download")).singleElement()
                .satisfies(call -> assertThat(call.param("file_path")).isEqualTo("documents/file_7.pdf"));
    }

    @Test
    void aFileLargerThanAllowedIsRefusedWithoutDownloadingIt() {
        String fileId = telegram.addFile("documents/big.pdf", new byte[2048]);

        DownloadResult result = gateway.download(fileId, 1024);

        assertThat(result).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.reason()).contains("2048"));
        assertThat(telegram.calls("download")).isEmpty();
    }

    @Test
    void anUnknownFileIdIsPermanent() {
        assertThat(gateway.download("no-such-file", 1024)).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.recipientUnreachable()).isFalse());
    }

    @Test
    void aRateLimitedGetFileIsTransient() {
        String fileId = telegram.addFile("photos/p.jpg", new byte[] {1, 2, 3});
        telegram.answerNext("getFile", 1, ScriptedAnswer.tooManyRequests(2));

        assertThat(gateway.download(fileId, 1024)).isInstanceOfSatisfying(TransientFailure.class,
                failure -> assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }

    private RecordedCall onlyCall(String method) {
        assertThat(telegram.calls(method)).hasSize(1);
        return telegram.calls(method).get(0);
    }
}
