package vn.laichau.par.api.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives MicroProfile JWT the public key and issuer to verify access tokens with, from the key pair kept in the
 * data directory (made at the first start), so that nobody has to pass keys around. Environment variables and
 * system properties of the same name still win.
 */
public class JwtConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY, ISSUER);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, getValue(PUBLIC_KEY), ISSUER, getValue(ISSUER));
    }

    @Override
    public String getValue(String name) {
        if (PUBLIC_KEY.equals(name)) {
            return JwtKeys.publicKeyBase64(JwtKeys.current());
        }
        if (ISSUER.equals(name)) {
            return JwtKeys.ISSUER;
        }
        return null;
    }

    @Override
    public String getName() {
        return "par-jwt-keys";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
