package vn.laichau.par.bot.intake;

import vn.laichau.par.bot.WebhookResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.laichau.par.bot.testing.FakeUpdates;

class WebhookIntakeTest {

    private static final String SECRET = "s3cret_Lai-Chau";

    private final List<Update> handled = new CopyOnWriteArrayList<>();
    private final WebhookIntake intake = new WebhookIntake(SECRET, handled::add);

    @Test
    void anUpdateWithTheRightSecretIsReadWithJacksonAndHandled() {
        String body = FakeUpdates.asJson(FakeUpdates.text(77, "/sapden 7"), 901);

        WebhookResult result = intake.receive(body, SECRET);

        assertThat(result).isEqualTo(WebhookResult.ACCEPTED);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(handled).singleElement().satisfies(update -> {
            assertThat(update.getUpdateId()).isEqualTo(901);
            assertThat(update.getMessage().getChatId()).isEqualTo(77L);
            assertThat(update.getMessage().getText()).isEqualTo("/sapden 7");
        });
    }

    @Test
    void anUpdateIdTheLedgerHasSeenIsAnsweredButNotHandledAgain() {
        java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        WebhookIntake remembering = new WebhookIntake(SECRET, handled::add, seen::add);
        String body = FakeUpdates.asJson(FakeUpdates.text(77, "/viec"), 904);

        WebhookResult first = remembering.receive(body, SECRET);
        WebhookResult again = remembering.receive(body, SECRET);

        assertThat(first).isEqualTo(WebhookResult.ACCEPTED);
        assertThat(again).isEqualTo(WebhookResult.DUPLICATE);
        assertThat(again.httpStatus()).isEqualTo(200);
        assertThat(handled).hasSize(1);
    }

    @Test
    void aCallbackQueryArrivesWithItsData() {
        intake.receive(FakeUpdates.asJson(FakeUpdates.callback(77, "cb-1", "done:17"), 902), SECRET);

        assertThat(handled).singleElement()
                .satisfies(update -> assertThat(update.getCallbackQuery().getData()).isEqualTo("done:17"));
    }

    @Test
    void fieldsTheLibraryDoesNotKnowAreSkipped() {
        String body = FakeUpdates.asJson(FakeUpdates.text(77, "xin chào").put("a_field_from_the_future", 1), 903);

        assertThat(intake.receive(body, SECRET)).isEqualTo(WebhookResult.ACCEPTED);
    }

    @Test
    void aWrongSecretIsRejectedAndNothingIsHandled() {
        String body = FakeUpdates.asJson(FakeUpdates.text(77, "/viec"), 904);

        WebhookResult result = intake.receive(body, "s3cret_Lai-Chau-but-longer");

        assertThat(result).isEqualTo(WebhookResult.REJECTED_SECRET);
        assertThat(result.httpStatus()).isEqualTo(401);
        assertThat(intake.receive(body, "S3CRET_LAI-CHAU")).isEqualTo(WebhookResult.REJECTED_SECRET);
        assertThat(handled).isEmpty();
    }

    @Test
    void aMissingOrEmptySecretIsRejected() {
        String body = FakeUpdates.asJson(FakeUpdates.text(77, "/viec"), 905);

        assertThat(intake.receive(body, null)).isEqualTo(WebhookResult.REJECTED_SECRET);
        assertThat(intake.receive(body, "")).isEqualTo(WebhookResult.REJECTED_SECRET);
        assertThat(handled).isEmpty();
    }

    @Test
    void theSecretIsCheckedBeforeTheBodyIsRead() {
        assertThat(intake.receive("not json at all", "wrong")).isEqualTo(WebhookResult.REJECTED_SECRET);
    }

    @Test
    void aBodyThatIsNotAnUpdateIsMalformed() {
        assertThat(intake.receive("<html>", SECRET)).isEqualTo(WebhookResult.MALFORMED_UPDATE);
        assertThat(intake.receive("{\"message\":{}}", SECRET)).isEqualTo(WebhookResult.MALFORMED_UPDATE);
        assertThat(intake.receive("", SECRET)).isEqualTo(WebhookResult.MALFORMED_UPDATE);
        assertThat(WebhookResult.MALFORMED_UPDATE.httpStatus()).isEqualTo(400);
        assertThat(handled).isEmpty();
    }

    @Test
    void aFailingHandlerIsReportedButAnsweredWithSuccessSoTelegramMovesOn() {
        WebhookIntake failing = new WebhookIntake(SECRET, update -> {
            throw new IllegalStateException("handler failure for the test");
        });

        WebhookResult result = failing.receive(FakeUpdates.asJson(FakeUpdates.text(77, "/viec"), 906), SECRET);

        assertThat(result).isEqualTo(WebhookResult.HANDLER_FAILED);
        assertThat(result.httpStatus()).isEqualTo(200);
    }

    @Test
    void aWebhookWithoutSecretCannotBeBuilt() {
        assertThatThrownBy(() -> new WebhookIntake(" ", handled::add)).isInstanceOf(IllegalArgumentException.class);
    }
}
