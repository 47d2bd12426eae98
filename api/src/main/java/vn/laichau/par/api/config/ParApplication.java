package vn.laichau.par.api.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, version 1. The data source is declared in {@code web.xml}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(
        title = "PAR plan tracker API",
        version = "1",
        description = "Nhiệm vụ, kỳ hạn và minh chứng của Kế hoạch nâng cao Chỉ số CCHC (PAR INDEX) — "
                + "tasks, deadlines and evidence of the plan to raise the PAR INDEX."))
public class ParApplication extends Application {
}
