package vn.laichau.par.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.agency.AgencyResponse;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.official.OfficialResponse;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.application.account.MyAccount;
import vn.laichau.par.application.agency.AgencyView;
import vn.laichau.par.domain.model.notification.Notification;

/** The caller's own profile and in-app notification feed. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "me", description = "Tài khoản của tôi và thông báo — my profile and notifications")
public class MeResource {

    private final CurrentOfficial caller;
    private final MyAccount account;

    /** For the container's client proxy only. */
    protected MeResource() {
        this(null, null);
    }

    @Inject
    public MeResource(CurrentOfficial caller, MyAccount account) {
        this.caller = caller;
        this.account = account;
    }

    @GET
    @Operation(summary = "Thông tin của tôi — my account, agency and unread count")
    @APIResponse(responseCode = "200", description = "The caller's profile")
    public MeResponse me() {
        MyAccount.Profile me = account.profile(caller.id());
        AgencyResponse agency = me.agency().map(a -> AgencyResponse.of(new AgencyView(a, Optional.empty(),
                Optional.empty(), me.agencyExistsToday()))).orElse(null);
        return new MeResponse(OfficialResponse.ofSelf(me.official()), agency, me.unread());
    }

    @GET
    @Path("notifications")
    @Operation(summary = "Thông báo của tôi — my in-app notifications, oldest first, in pages")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationResponse> notifications(@QueryParam("limit") @DefaultValue("50") int limit,
                                                    @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        return Paging.page(account.notifications(caller.id(), after, size + 1), size, Notification::id,
                NotificationResponse::of);
    }

    @POST
    @Path("notifications/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc — mark one of my notifications read")
    @APIResponse(responseCode = "204", description = "Marked (also when it was read already)")
    @APIResponse(responseCode = "404", description = "No such notification of mine")
    public Response markRead(@PathParam("id") long id) {
        account.markRead(caller.id(), id);
        return Response.noContent().build();
    }
}
