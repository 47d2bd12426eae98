package vn.laichau.par.api.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token to exchange or revoke. */
public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {

    /**
     * Declared so that the constraints stay on the components' fields and accessors: Payara's OpenAPI scanner
     * fails on constrained constructor parameters.
     */
    public RefreshRequest(String refreshToken) {
        this.refreshToken = refreshToken;
    }
}
