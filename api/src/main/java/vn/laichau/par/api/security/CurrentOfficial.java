package vn.laichau.par.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.laichau.par.domain.Refusal;

/** The official who sent the request, from the verified access token. */
@RequestScoped
public class CurrentOfficial {

    private final JsonWebToken token;

    /** For the container's client proxy only. */
    protected CurrentOfficial() {
        this(null);
    }

    @Inject
    public CurrentOfficial(JsonWebToken token) {
        this.token = token;
    }

    /** The official's id (the token's subject). */
    public long id() {
        String subject = token == null ? null : token.getSubject();
        if (subject == null) {
            throw Refusal.of(Refusal.Reason.UNAUTHENTICATED, "unauthorized", "Cần đăng nhập",
                    "Authentication is required");
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
