package vn.laichau.par.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.notification.AlertChannelOrder;
import vn.laichau.par.notifier.MyAlertChannels;

/** The caller's order of alert channels, as the bots' {@code /caidat kenh} changes it. */
@Path("me/alert-channels")
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "Tài khoản của tôi — my account")
public class MyAlertChannelsResource {

    private final CurrentOfficial caller;
    private final MyAlertChannels channels;

    /** For the container's client proxy only. */
    protected MyAlertChannelsResource() {
        this(null, null);
    }

    @Inject
    public MyAlertChannelsResource(CurrentOfficial caller, MyAlertChannels channels) {
        this.caller = caller;
        this.channels = channels;
    }

    @GET
    @Operation(summary = "Thứ tự kênh nhận nhắc — the order in which my alerts try the channels")
    @APIResponse(responseCode = "200", description = "The order; the in-app feed always comes last")
    public AlertChannelsResponse get() {
        return AlertChannelsResponse.of(channels.of(caller.id()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đổi thứ tự kênh nhận nhắc — change the order in which my alerts try the channels")
    @APIResponse(responseCode = "200", description = "The new order")
    @APIResponse(responseCode = "400", description = "A name that is not ZALO, TELEGRAM or EMAIL, or one twice")
    public AlertChannelsResponse change(AlertChannelsRequest request) {
        return AlertChannelsResponse.of(channels.change(caller.id(), request == null ? List.of() : request.channels()));
    }

    /** The channels in order, among ZALO, TELEGRAM and EMAIL. */
    public record AlertChannelsRequest(List<String> channels) {
    }

    /** The channels in order, then {@code IN_APP}, which is always last. */
    public record AlertChannelsResponse(List<String> channels) {

        static AlertChannelsResponse of(AlertChannelOrder order) {
            List<String> names = new java.util.ArrayList<>(order.channels().stream().map(Enum::name).toList());
            names.add("IN_APP");
            return new AlertChannelsResponse(names);
        }
    }
}
