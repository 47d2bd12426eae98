package vn.laichau.par.api.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Set;

/**
 * The caller a verified access token names: the official's id, user name, roles, agency and session generation,
 * and when the token expires. The principal of a request signed in with it ({@link BearerSignIn}).
 */
public record AccessToken(long official, String username, Set<String> roles, long agency, long generation,
        Instant expiresAt) implements Principal {

    public AccessToken {
        roles = Set.copyOf(roles);
    }

    /** The user name, as the token's {@code upn}. */
    @Override
    public String getName() {
        return username;
    }
}
