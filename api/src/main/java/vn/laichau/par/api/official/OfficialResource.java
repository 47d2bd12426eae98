package vn.laichau.par.api.official;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.laichau.par.api.common.Cursor;
import vn.laichau.par.api.common.Page;
import vn.laichau.par.api.common.Paging;
import vn.laichau.par.api.http.Params;
import vn.laichau.par.api.http.Preconditions;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.Roles;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.security.OfficialAccounts;

/** Officials: everyone reads; admins create accounts and reset passwords. */
@Path("officials")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@Tag(name = "official", description = "Cán bộ, công chức — officials")
public class OfficialResource {

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    OfficialRepository officials;

    @Inject
    OfficialAccounts accounts;

    @GET
    @Operation(summary = "Danh sách cán bộ — officials, optionally of one agency, in pages by id")
    @APIResponse(responseCode = "200", description = "A page of officials")
    public Page<OfficialResponse> list(@QueryParam("agency") String agency,
                                       @QueryParam("updatedSince") String updatedSince,
                                       @QueryParam("limit") @DefaultValue("50") int limit,
                                       @QueryParam("cursor") String cursor) {
        int size = Cursor.boundedLimit(limit);
        long after = Cursor.decodeId(cursor);
        Optional<Long> agencyId = Params.id("agency", agency);
        var since = Params.instant("updatedSince", updatedSince);
        var query = em.createQuery("SELECT o FROM Official o WHERE o.id > :after"
                        + (agencyId.isPresent() ? " AND o.agencyId = :agency" : "")
                        + (since.isPresent() ? " AND o.updatedAt >= :since" : "") + " ORDER BY o.id", Official.class)
                .setParameter("after", after).setMaxResults(size + 1);
        agencyId.ifPresent(a -> query.setParameter("agency", a));
        since.ifPresent(s -> query.setParameter("since", s));
        List<Official> rows = query.getResultList();
        return Paging.page(rows, size, Official::id, OfficialResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Một cán bộ — one official")
    @APIResponse(responseCode = "200", description = "The official, with the version as ETag")
    @APIResponse(responseCode = "404", description = "No such official")
    public Response get(@PathParam("id") long id) {
        Official official = find(id);
        return Response.ok(OfficialResponse.of(official)).tag(Preconditions.tagOf(official.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo tài khoản cán bộ (quản trị viên) — create an account (admin)")
    @APIResponse(responseCode = "201", description = "The new official")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "User name taken or unknown agency")
    public Response create(@Valid CreateOfficialRequest request) {
        if (request.roles().stream().anyMatch(r -> r == null || !r.matches("admin|leader|official"))) {
            throw Params.invalid("roles", "chỉ gồm admin, leader, official — only admin, leader, official");
        }
        List<Role> roles = request.roles().stream().map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT))).toList();
        Official created;
        try {
            created = accounts.create(request.username(), request.displayName(), request.agencyId(), roles,
                    request.password());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-account", e.getMessage(), e.getMessage());
        }
        Official stored = find(created.id());
        return Response.created(URI.create("officials/" + stored.id())).entity(OfficialResponse.of(stored))
                .tag(Preconditions.tagOf(stored.version())).build();
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
        find(id);
        accounts.resetPassword(id, version, request.password());
        return Response.noContent().tag(Preconditions.tagOf(find(id).version())).build();
    }

    private Official find(long id) {
        return officials.findById(id).orElseThrow(() -> ProblemException.notFound("official", id));
    }
}
