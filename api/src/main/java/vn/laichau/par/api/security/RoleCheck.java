package vn.laichau.par.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import vn.laichau.par.api.problem.BearerChallenge;

/**
 * Checks {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} of the API's resources against the caller
 * {@link BearerSignIn} signed in: a resource method's own annotation wins over its class's. A caller who is not
 * signed in is answered 401 with the bearer challenge, one without an allowed role 403.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        AnnotatedElement rule = isRule(method) ? method : resource.getResourceClass();
        RolesAllowed allowed = rule.getAnnotation(RolesAllowed.class);
        if (rule.isAnnotationPresent(DenyAll.class)) {
            context.register(new Filter(List.of()));
        } else if (allowed != null) {
            context.register(new Filter(List.of(allowed.value())));
        }
    }

    private static boolean isRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    /** Lets a request through only when its caller holds one of the roles (none: nobody). */
    @Priority(Priorities.AUTHORIZATION)
    private record Filter(List<String> roles) implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (caller.getUserPrincipal() == null) {
                throw new NotAuthorizedException(BearerChallenge.MISSING);
            }
            if (roles.stream().noneMatch(caller::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
