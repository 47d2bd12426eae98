package vn.laichau.par.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address of a request, as the configured trusted proxies ({@code PAR_TRUSTED_PROXIES}) allow. Made
 * at start, so that a malformed setting stops the deployment instead of the first sign-in.
 */
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

    /** Reads the setting at start. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        proxies.trusts("127.0.0.1");
    }

    /** The socket peer, or the forwarded client when the peer is a trusted proxy. */
    public String of(HttpServletRequest request) {
        return proxies.clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /**
     * Whether the client reached us over HTTPS: the request itself, or a trusted proxy's
     * {@code X-Forwarded-Proto: https}.
     */
    public boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || proxies.trusts(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
