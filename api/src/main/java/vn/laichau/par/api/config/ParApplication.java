package vn.laichau.par.api.config;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.laichau.par.api.security.Roles;

/**
 * The REST API, version 1. The data source is declared in {@code web.xml}. Requests carry an access token (an
 * RS256 JWT) from {@code POST /api/v1/auth/token}, which {@link vn.laichau.par.api.security.BearerSignIn}
 * verifies.
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL})
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIDefinition(info = @Info(
        title = "PAR plan tracker API",
        version = "1",
        description = "Nhiệm vụ, kỳ hạn và minh chứng của Kế hoạch nâng cao Chỉ số CCHC (PAR INDEX) — "
                + "tasks, deadlines and evidence of the plan to raise the PAR INDEX. Lỗi là application/problem+json "
                + "với mô tả tiếng Việt — tiếng Anh; errors are application/problem+json with a Vietnamese — "
                + "English detail. Bộ sưu tập phân trang bằng limit và cursor; collections page with limit and "
                + "cursor. Cập nhật cần If-Match; updates need If-Match."),
        security = @SecurityRequirement(name = "bearer"))
public class ParApplication extends Application {

    /**
     * Jackson ({@link JsonProvider}) reads and writes every JSON body; the runtime's own JSON-B binding is
     * switched off so that it can never be picked instead (it cannot read records). An answer up to 2 KiB (one
     * occurrence, a task, an agency) is held to send its {@code Content-Length}; a longer one is sent in chunks.
     * The runtime's default, 8 KiB, was allocated for every answer, small as most are. The runtime's own WADL
     * description ({@code application.wadl}, and the body of every {@code OPTIONS}) is off: it named the runtime
     * and its version to anyone; the API is described by {@code /openapi}, and {@code OPTIONS} still answers
     * {@code Allow}.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonBinding", true, "jersey.config.server.contentLength.buffer", 2048,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
