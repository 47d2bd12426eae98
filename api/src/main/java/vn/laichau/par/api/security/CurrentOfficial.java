package vn.laichau.par.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;

/** The official who sent the request, from the verified access token. */
@RequestScoped
public class CurrentOfficial {

    private final HttpServletRequest request;

    /** For the container's client proxy only. */
    protected CurrentOfficial() {
        this(null);
    }

    @Inject
    public CurrentOfficial(HttpServletRequest request) {
        this.request = request;
    }

    /** The official's id (the token's subject). */
    public long id() {
        return token().official();
    }

    /** The agency the official acts for, as the token says. */
    public long agencyId() {
        return token().agency();
    }

    public boolean hasRole(String role) {
        return caller().map(token -> token.roles().contains(role)).orElse(false);
    }

    private AccessToken token() {
        return caller().orElseThrow(() -> Refusal.of(Refusal.Reason.UNAUTHENTICATED, "unauthorized", "Cần đăng nhập",
                "Authentication is required"));
    }

    /** The verified token the request was signed in with ({@link BearerSignIn}), if any. */
    private Optional<AccessToken> caller() {
        return request != null && request.getAttribute(BearerSignIn.CALLER) instanceof AccessToken token
                ? Optional.of(token) : Optional.empty();
    }
}
