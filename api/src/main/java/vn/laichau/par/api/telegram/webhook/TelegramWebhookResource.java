package vn.laichau.par.api.telegram.webhook;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.http.BodyLimit;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.bot.WebhookResult;
import vn.laichau.par.bot.TelegramBotRuntime;

/**
 * Where Telegram posts updates in webhook mode. The body stream is handed to the bot, which checks the secret
 * header in constant time before reading at most {@link vn.laichau.par.api.http.RequestBodyLimit#WEBHOOK_BYTES}
 * of it with Jackson.
 */
@Path("telegram/webhook")
@RequestScoped
@PermitAll
@Tag(name = "telegram", description = "Liên kết Telegram — linking the Telegram bot")
public class TelegramWebhookResource {

    @Inject
    TelegramBotRuntime bot;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cập nhật từ Telegram — updates Telegram posts in webhook mode (not for clients)")
    @APIResponse(responseCode = "200", description = "Received")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Telegram-Bot-Api-Secret-Token")
    @APIResponse(responseCode = "404", description = "The bot is not in webhook mode")
    @APIResponse(responseCode = "413", description = "A body larger than 256 KB")
    @BodyLimit(BodyLimit.Kind.WEBHOOK)
    public Response receive(InputStream body, @HeaderParam(TelegramBotRuntime.WEBHOOK_SECRET_HEADER) String secret) {
        WebhookResult result = bot.receiveWebhook(body, secret).orElseThrow(() -> new ProblemException(
                Response.Status.NOT_FOUND, "telegram-webhook-off", "Bot Telegram không chạy ở chế độ webhook",
                "The Telegram bot is not in webhook mode"));
        return Response.status(result.httpStatus()).build();
    }
}
