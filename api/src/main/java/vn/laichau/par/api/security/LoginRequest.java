package vn.laichau.par.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A login with user name and password. */
@Schema(example = "{\"username\": \"nguyenvana\", \"password\": \"mật-khẩu-dài\"}")
public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public LoginRequest(String username, String password) {
        this.username = username;
        this.password = password;
    }
}
