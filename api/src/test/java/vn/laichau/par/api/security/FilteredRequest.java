package vn.laichau.par.api.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/** A request as a JAX-RS request filter sees it: its headers in, what the filter set or answered out. */
final class FilteredRequest {

    final Map<String, String> headers = new HashMap<>();
    final Map<String, Object> properties = new HashMap<>();
    SecurityContext security = new Anonymous();
    Response answer;

    FilteredRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    ContainerRequestContext context() {
        return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> headers.get((String) args[0]);
                    case "getSecurityContext" -> security;
                    case "setSecurityContext" -> {
                        security = (SecurityContext) args[0];
                        yield null;
                    }
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    case "getProperty" -> properties.get((String) args[0]);
                    case "abortWith" -> {
                        answer = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The container's context of a request nobody signed in. */
    private static final class Anonymous implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    }
}
