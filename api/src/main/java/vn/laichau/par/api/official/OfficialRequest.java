package vn.laichau.par.api.official;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an administrator sets on an account (the user name stays). Every field is sent: an absent e-mail or
 * phone means none, an absent {@code headOfAgency} means no.
 */
@Schema(example = "{\"displayName\": \"Trần Thị B\", \"agencyId\": 12, \"roles\": [\"official\"], "
        + "\"email\": \"tranthib@laichau.gov.vn\", \"phone\": \"0213 3876 543\", \"headOfAgency\": false}")
public record OfficialRequest(
        @NotBlank @Size(max = 255) String displayName,
        @NotNull @Positive Long agencyId,
        @NotEmpty Set<String> roles,
        @Email @Size(max = 255) String email,
        @Pattern(regexp = "\\+?[0-9][0-9 .()-]{5,30}", message = "chữ số, dấu cách và . ( ) -, 6 đến 31 ký tự, có thể có + "
                + "ở đầu — digits, spaces and . ( ) -, 6 to 31 characters, a leading + allowed") String phone,
        Boolean headOfAgency) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public OfficialRequest(String displayName, Long agencyId, Set<String> roles, String email, String phone,
                           Boolean headOfAgency) {
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = roles;
        this.email = email;
        this.phone = phone;
        this.headOfAgency = headOfAgency;
    }
}
