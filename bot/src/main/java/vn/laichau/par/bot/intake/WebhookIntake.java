package vn.laichau.par.bot.intake;

import vn.laichau.par.bot.WebhookResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates that Telegram posts to the webhook: checks the secret, reads the update with Jackson and
 * hands it to the {@link UpdateHandler}. An HTTP endpoint passes the raw body and the secret header in and
 * answers with {@link WebhookResult#httpStatus()}.
 */
public final class WebhookIntake {

    /** The header in which Telegram repeats the secret given to {@code setWebhook}. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class.getName());

    private final byte[] expectedSecret;
    private final UpdateHandler handler;
    private final UpdateLedger ledger;
    private final ObjectMapper json = TelegramJson.newObjectMapper();

    public WebhookIntake(String expectedSecret, UpdateHandler handler) {
        this(expectedSecret, handler, UpdateLedger.NONE);
    }

    /** @param ledger says whether an update id arrives for the first time; a repeated one is not handled again */
    public WebhookIntake(String expectedSecret, UpdateHandler handler, UpdateLedger ledger) {
        Objects.requireNonNull(expectedSecret, "expectedSecret");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        if (expectedSecret.isBlank()) {
            throw new IllegalArgumentException("A webhook needs a secret");
        }
        this.expectedSecret = expectedSecret.getBytes(StandardCharsets.UTF_8);
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** Receives an update given as text. */
    public WebhookResult receive(String body, String secretHeader) {
        return receive(body == null ? null : new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                secretHeader);
    }

    /**
     * Receives an update as it streams in: the secret is checked before a byte of the body is read, so that a
     * caller without it cannot make the server read anything.
     */
    public WebhookResult receive(InputStream body, String secretHeader) {
        if (!secretMatches(secretHeader)) {
            LOG.warning("Rejected a webhook call without the right secret");
            return WebhookResult.REJECTED_SECRET;
        }
        Update update;
        try {
            update = body == null ? null : json.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof RuntimeException bodyRefused) {
                throw bodyRefused;
            }
            LOG.warning(() -> "Rejected a webhook body that is not an update: " + e.getOriginalMessage());
            return WebhookResult.MALFORMED_UPDATE;
        } catch (IOException e) {
            LOG.warning(() -> "Could not read a webhook body: " + e.getMessage());
            return WebhookResult.MALFORMED_UPDATE;
        }
        if (update == null || update.getUpdateId() == null) {
            LOG.warning("Rejected a webhook body without an update id");
            return WebhookResult.MALFORMED_UPDATE;
        }
        if (!ledger.firstDelivery(update.getUpdateId())) {
            LOG.info(() -> "Telegram update " + update.getUpdateId() + " was received before; not handled again");
            return WebhookResult.DUPLICATE;
        }
        return UpdateDelivery.deliver(handler, update) ? WebhookResult.ACCEPTED : WebhookResult.HANDLER_FAILED;
    }

    private boolean secretMatches(String secretHeader) {
        byte[] given = secretHeader == null ? new byte[0] : secretHeader.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expectedSecret, given);
    }
}
