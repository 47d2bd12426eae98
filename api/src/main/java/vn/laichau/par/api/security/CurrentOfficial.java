package vn.laichau.par.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.laichau.par.api.problem.ProblemException;

/** The official who sent the request, from the verified access token. */
@RequestScoped
public class CurrentOfficial {

    @Inject
    JsonWebToken token;

    /** The official's id (the token's subject). */
    public long id() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null) {
            throw new ProblemException(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "unauthorized",
                    "Cần đăng nhập", "Authentication is required");
        }
        return Long.parseLong(subject);
    }

    /** The agency the official acts for, as the token says. */
    public long agencyId() {
        Object agency = token.getClaim("agency");
        if (agency instanceof Number number) {
            return number.longValue();
        }
        if (agency instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        return Long.parseLong(String.valueOf(agency));
    }

    public boolean hasRole(String role) {
        return token != null && token.getGroups() != null && token.getGroups().contains(role);
    }
}
