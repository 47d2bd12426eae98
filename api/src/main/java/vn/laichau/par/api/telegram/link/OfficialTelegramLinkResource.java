package vn.laichau.par.api.telegram.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An admin issues a link code for an official who cannot use the app, and hands it over. */
@Path("officials/{id}/telegram-link-code")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed("admin")
@Tag(name = "telegram", description = "Liên kết Telegram — linking the Telegram bot")
public class OfficialTelegramLinkResource {

    @Inject
    TelegramLinkCodes codes;

    @POST
    @Operation(summary = "Cấp mã liên kết Telegram cho cán bộ — issue a one-time link code for an official")
    @APIResponse(responseCode = "200", description = "The code, the command and the deep link")
    @APIResponse(responseCode = "404", description = "No such official")
    public TelegramLinkCodeResponse issue(@PathParam("id") long officialId) {
        return codes.issueFor(officialId);
    }
}
