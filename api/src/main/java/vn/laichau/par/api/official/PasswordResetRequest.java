package vn.laichau.par.api.official;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by an admin (at least 10 characters). */
public record PasswordResetRequest(@NotBlank @Size(min = 10, max = 256) String password) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public PasswordResetRequest(String password) {
        this.password = password;
    }
}
