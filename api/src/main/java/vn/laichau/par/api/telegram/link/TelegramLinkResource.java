package vn.laichau.par.api.telegram.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.CurrentOfficial;

/** A one-time code with which the caller links their Telegram account to the bot. */
@Path("me/telegram-link-code")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"admin", "leader", "official"})
@Tag(name = "telegram", description = "Liên kết Telegram — linking the Telegram bot")
public class TelegramLinkResource {

    @Inject
    CurrentOfficial caller;

    @Inject
    TelegramLinkCodes codes;

    @POST
    @Operation(summary = "Mã liên kết Telegram của tôi — a one-time code (15 minutes) to send to the bot as "
            + "/start <code>")
    @APIResponse(responseCode = "200", description = "The code, the command and the deep link")
    public TelegramLinkCodeResponse issue() {
        return codes.issueFor(caller.id());
    }
}
