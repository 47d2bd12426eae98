package vn.laichau.par.api.official;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account: user name, name shown, agency, roles and a first password (at least 10 characters). */
@Schema(example = "{\"username\": \"tranthib\", \"displayName\": \"Trần Thị B\", \"agencyId\": 12, "
        + "\"roles\": [\"official\"], \"password\": \"mat-khau-tam-thoi\"}")
public record CreateOfficialRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "chỉ gồm chữ không dấu, chữ số và . _ - — letters without diacritics, digits and . _ - only")
        String username,
        @NotBlank @Size(max = 255) String displayName,
        @NotNull @Positive Long agencyId,
        @NotEmpty Set<String> roles,
        @NotBlank @Size(min = 10, max = 256) String password) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public CreateOfficialRequest(String username, String displayName, Long agencyId, Set<String> roles,
                                 String password) {
        this.username = username;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = roles;
        this.password = password;
    }
}
