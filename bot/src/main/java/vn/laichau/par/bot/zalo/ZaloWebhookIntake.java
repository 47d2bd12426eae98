package vn.laichau.par.bot.zalo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.laichau.par.bot.WebhookResult;

/**
 * Receives the events Zalo posts to the webhook: the secret in {@value ZaloSettings#SECRET_HEADER} is compared
 * in constant time before a byte of the body is read; then the event is read with Jackson, taken on once
 * ({@link EventLedger}) and handed to the handler.
 */
public final class ZaloWebhookIntake {

    private static final Logger LOG = Logger.getLogger(ZaloWebhookIntake.class.getName());

    private final byte[] expectedSecret;
    private final Consumer<ZaloEvent> handler;
    private final EventLedger ledger;
    private final ObjectMapper json = new ObjectMapper();

    public ZaloWebhookIntake(String expectedSecret, Consumer<ZaloEvent> handler, EventLedger ledger) {
        Objects.requireNonNull(expectedSecret, "expectedSecret");
        if (expectedSecret.isBlank()) {
            throw new IllegalArgumentException("A webhook needs a secret");
        }
        this.expectedSecret = expectedSecret.getBytes(StandardCharsets.UTF_8);
        this.handler = Objects.requireNonNull(handler, "handler");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    public WebhookResult receive(InputStream body, String secretHeader) {
        byte[] given = secretHeader == null ? new byte[0] : secretHeader.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expectedSecret, given)) {
            LOG.warning("Rejected a Zalo webhook call without the right secret");
            return WebhookResult.REJECTED_SECRET;
        }
        JsonNode tree;
        try {
            tree = body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof RuntimeException bodyRefused) {
                throw bodyRefused;
            }
            return WebhookResult.MALFORMED_UPDATE;
        } catch (IOException e) {
            return WebhookResult.MALFORMED_UPDATE;
        }
        if (tree == null || !tree.isObject()) {
            return WebhookResult.MALFORMED_UPDATE;
        }
        JsonNode event = tree.has("result") && tree.path("result").isObject() ? tree.path("result") : tree;
        Optional<ZaloEvent> parsed = ZaloEvent.parse(event);
        if (parsed.isEmpty()) {
            return WebhookResult.MALFORMED_UPDATE;
        }
        if (!ledger.firstTime(parsed.get().key())) {
            return WebhookResult.DUPLICATE;
        }
        try {
            handler.accept(parsed.get());
            return WebhookResult.ACCEPTED;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Handling Zalo event " + parsed.get().key() + " failed", e);
            return WebhookResult.HANDLER_FAILED;
        }
    }
}
