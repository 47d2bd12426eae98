package vn.laichau.par.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    @RolesAllowed(Roles.ADMIN)
    static class Resource {

        public void ofTheClass() {
        }

        @RolesAllowed({Roles.LEADER, Roles.OFFICIAL})
        public void ownRoles() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }
    }

    static class Unguarded {

        public void free() {
        }
    }

    @Test
    void aMethodsOwnRolesWinOverItsClasss() throws IOException {
        ContainerRequestFilter check = checkOf(Resource.class, "ownRoles").orElseThrow();

        assertThat(allows(check, Roles.OFFICIAL)).isTrue();
        assertThat(allows(check, Roles.LEADER)).isTrue();
        assertThat(allows(check, Roles.ADMIN)).isFalse();
    }

    @Test
    void aMethodWithoutRulesHasItsClasss() throws IOException {
        ContainerRequestFilter check = checkOf(Resource.class, "ofTheClass").orElseThrow();

        assertThat(allows(check, Roles.ADMIN)).isTrue();
        assertThat(allows(check, Roles.OFFICIAL)).isFalse();
    }

    @Test
    void permitAllAndUnguardedResourcesAreNotChecked() {
        assertThat(checkOf(Resource.class, "open")).isEmpty();
        assertThat(checkOf(Unguarded.class, "free")).isEmpty();
    }

    @Test
    void denyAllRefusesEveryRole() throws IOException {
        ContainerRequestFilter check = checkOf(Resource.class, "closed").orElseThrow();

        for (String role : List.of(Roles.ADMIN, Roles.LEADER, Roles.OFFICIAL)) {
            assertThat(allows(check, role)).as(role).isFalse();
        }
    }

    @Test
    void aCallerNobodySignedInIsAnswered401WithTheBearerChallenge() {
        ContainerRequestFilter check = checkOf(Resource.class, "ofTheClass").orElseThrow();

        assertThatThrownBy(() -> check.filter(new FilteredRequest().context()))
                .isInstanceOfSatisfying(NotAuthorizedException.class, refused -> {
                    assertThat(refused.getResponse().getStatus()).isEqualTo(401);
                    assertThat(refused.getChallenges()).containsExactly("Bearer");
                });
    }

    /** Whether the check lets a caller holding only {@code role} through (a 403 otherwise). */
    private static boolean allows(ContainerRequestFilter check, String role) throws IOException {
        FilteredRequest request = new FilteredRequest();
        request.security = new BearerSignIn.Caller(new AccessToken(7, "lan", Set.of(role), 42, 1, Instant.MAX), false);
        try {
            check.filter(request.context());
            return true;
        } catch (ForbiddenException refused) {
            return false;
        }
    }

    private static Optional<ContainerRequestFilter> checkOf(Class<?> type, String methodName) {
        List<Object> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(RoleCheckTest.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("register")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    registered.add(args[0]);
                    return proxy;
                });
        new RoleCheck().configure(new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                try {
                    return type.getMethod(methodName);
                } catch (NoSuchMethodException e) {
                    throw new IllegalArgumentException(e);
                }
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        }, context);
        assertThat(registered).hasSizeLessThanOrEqualTo(1);
        return registered.stream().map(ContainerRequestFilter.class::cast).findFirst();
    }
}
