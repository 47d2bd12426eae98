package vn.laichau.par.api.zalo;

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
import vn.laichau.par.bot.ZaloBotRuntime;

/**
 * Where Zalo posts events in webhook mode. The body stream is handed to the bot, which checks the secret header
 * {@code X-Bot-Api-Secret-Token} in constant time before reading at most
 * {@link vn.laichau.par.api.http.RequestBodyLimit#WEBHOOK_BYTES} of it; a call without the right secret is
 * answered 401 and not handled.
 */
@Path("zalo/webhook")
@RequestScoped
@PermitAll
@Tag(name = "zalo", description = "Bot Zalo — the Zalo bot")
public class ZaloWebhookResource {

    @Inject
    ZaloBotRuntime bot;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sự kiện từ Zalo — events Zalo posts in webhook mode (not for clients)")
    @APIResponse(responseCode = "200", description = "Received")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Bot-Api-Secret-Token")
    @APIResponse(responseCode = "404", description = "No Zalo webhook secret is configured")
    @APIResponse(responseCode = "413", description = "A body larger than 256 KB")
    @BodyLimit(BodyLimit.Kind.WEBHOOK)
    public Response receive(InputStream body, @HeaderParam(ZaloBotRuntime.WEBHOOK_SECRET_HEADER) String secret) {
        WebhookResult result = bot.receiveWebhook(body, secret).orElseThrow(() -> new ProblemException(
                Response.Status.NOT_FOUND, "zalo-webhook-off", "Bot Zalo không nhận sự kiện qua webhook",
                "The Zalo bot has no webhook"));
        if (result == WebhookResult.REJECTED_SECRET) {
            throw new ProblemException(Response.Status.UNAUTHORIZED, "zalo-webhook-secret",
                    "Thiếu hoặc sai khóa bí mật của webhook Zalo",
                    "Missing or wrong X-Bot-Api-Secret-Token");
        }
        if (result == WebhookResult.MALFORMED_UPDATE) {
            throw ProblemException.badRequest("zalo-event-malformed", "Nội dung không phải một sự kiện Zalo",
                    "The body is not a Zalo event");
        }
        return Response.status(result.httpStatus()).build();
    }
}
