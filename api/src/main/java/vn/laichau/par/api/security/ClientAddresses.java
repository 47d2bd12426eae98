package vn.laichau.par.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The client address of a request, as the configured trusted proxies ({@code PAR_TRUSTED_PROXIES}) allow. */
@ApplicationScoped
public class ClientAddresses {

    private final TrustedProxies proxies;

    /** For the container's client proxy only. */
    protected ClientAddresses() {
        this.proxies = TrustedProxies.none();
    }

    @Inject
    public ClientAddresses(@ConfigProperty(name = "par.trusted.proxies", defaultValue = " ") String trusted) {
        this.proxies = TrustedProxies.parse(trusted);
    }

    /** The socket peer, or the forwarded client when the peer is a trusted proxy. */
    public String of(HttpServletRequest request) {
        return proxies.clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
