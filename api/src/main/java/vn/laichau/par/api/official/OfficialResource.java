package vn.laichau.par.api.official;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.application.account.AccountDetails;
import vn.laichau.par.application.account.OfficialAdministration;

/**
 * Officials: every signed-in user reads (user names only their own; administrators all); administrators create
 * accounts, change them, deactivate and reactivate them and reset passwords, and see their e-mail and phone.
 * Every change needs {@code If-Match}.
 */
@Path("officials")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "official", description = "Cán bộ, công chức — officials")
public class OfficialResource {

    private final OfficialAdministration accounts;
    private final ActingAdmin admin;
    private final CurrentOfficial caller;

    /** For the container's client proxy only. */
    protected OfficialResource() {
        this(null, null, null);
    }

    @Inject
    public OfficialResource(OfficialAdministration accounts, ActingAdmin admin, CurrentOfficial caller) {
        this.accounts = accounts;
        this.admin = admin;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Danh sách cán bộ — officials, optionally of one agency, in pages by id")
    @APIResponse(responseCode = "200", description = "A page of officials")
    public Page<OfficialResponse> list(@QueryParam("agency") String agency,
                                       @QueryParam("updatedSince") String updatedSince,
                                       @QueryParam("limit") @DefaultValue("50") int limit,
                                       @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        List<Official> rows = accounts.list(Params.id("agency", agency), Params.instant("updatedSince", updatedSince),
                Cursor.decodeId(cursor), size + 1);
        return Paging.page(rows, size, Official::id, this::shown);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một cán bộ — one official")
    @APIResponse(responseCode = "200", description = "The official, with the version as ETag")
    @APIResponse(responseCode = "404", description = "No such official")
    public Response get(@PathParam("id") long id) {
        Official official = accounts.get(id);
        return Response.ok(shown(official)).tag(Preconditions.tagOf(official.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo tài khoản cán bộ (quản trị viên) — create an account (admin)")
    @APIResponse(responseCode = "201", description = "The new official")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "User name taken, or an unknown agency or one that does not exist today")
    public Response create(@Valid CreateOfficialRequest request) {
        Official stored = accounts.create(admin.actor(), request.username(), request.displayName(), request.agencyId(),
                roles(request.roles()), request.password());
        return Response.created(URI.create("officials/" + stored.id())).entity(OfficialResponse.withContacts(stored))
                .tag(Preconditions.tagOf(stored.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa tài khoản cán bộ (quản trị viên): tên, cơ quan, vai trò, e-mail, điện thoại — change "
            + "an account (admin): name, agency, roles, e-mail, phone; the user name stays")
    @APIResponse(responseCode = "200", description = "The account as changed, its new version as ETag")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json with violations)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such official")
    @APIResponse(responseCode = "409", description = "Unknown or ended agency, or an admin taking the admin role "
            + "from themselves")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response change(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid OfficialRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        List<Role> roles = roles(request.roles());
        return forAdmin(accounts.change(admin.actor(), id, version, new AccountDetails(request.displayName(),
                request.agencyId(), java.util.EnumSet.copyOf(roles), request.email(), request.phone(),
                Boolean.TRUE.equals(request.headOfAgency()))));
    }

    @POST
    @Path("{id}/deactivation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Vô hiệu hóa tài khoản (quản trị viên): không đăng nhập, không làm mới mã được nữa, mọi phiên "
            + "bị thu hồi — deactivate an account (admin): no login or token refresh, every session revoked")
    @APIResponse(responseCode = "200", description = "The account, inactive, its new version as ETag")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such official")
    @APIResponse(responseCode = "409", description = "An admin deactivating their own account")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response deactivate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Preconditions.expectedVersion(ifMatch);
        return forAdmin(accounts.deactivate(admin.actor(), id, version));
    }

    @POST
    @Path("{id}/reactivation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Kích hoạt lại tài khoản (quản trị viên) — reactivate an account (admin); it logs in with "
            + "its password as it was")
    @APIResponse(responseCode = "200", description = "The account, active, its new version as ETag")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such official")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response reactivate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Preconditions.expectedVersion(ifMatch);
        return forAdmin(accounts.reactivate(admin.actor(), id, version));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Đặt lại mật khẩu (quản trị viên) — reset a password (admin): lifts a lock and ends "
            + "the account's sessions")
    @APIResponse(responseCode = "204", description = "Reset")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "412", description = "If-Match is not the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response resetPassword(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid PasswordResetRequest request) {
        long version = Preconditions.expectedVersion(ifMatch);
        Official reset = accounts.resetPassword(admin.actor(), id, version, request.password());
        return Response.noContent().tag(Preconditions.tagOf(reset.version())).build();
    }

    /** An administrator's answer: the account with its contacts, its version as ETag. */
    private static Response forAdmin(Official official) {
        return Response.ok(OfficialResponse.withContacts(official)).tag(Preconditions.tagOf(official.version())).build();
    }

    /** Administrators see user names and contacts; an official sees their own user name; others see neither. */
    private OfficialResponse shown(Official official) {
        if (caller.hasRole(Roles.ADMIN)) {
            return OfficialResponse.withContacts(official);
        }
        return official.id() == caller.id() ? OfficialResponse.ofSelf(official) : OfficialResponse.of(official);
    }

    private static List<Role> roles(java.util.Set<String> names) {
        if (names.stream().anyMatch(r -> r == null || !r.matches("admin|leader|official"))) {
            throw Params.invalid("roles", "chỉ gồm admin, leader, official — only admin, leader, official");
        }
        return names.stream().map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT))).toList();
    }
}
