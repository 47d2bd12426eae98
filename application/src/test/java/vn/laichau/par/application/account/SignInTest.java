package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.official.OfficialRepository;

/** An official signs in with a password, renews the session with refresh tokens and signs out. */
class SignInTest {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String PASSWORD = "mat-khau-cua-can-bo";
    private long officialId;

    @BeforeEach
    void anAccount() {
        Jpa.clean();
        long agency = Jpa.inTransaction((EntityManager em) -> {
            Agency a = new Agency("SO_NOI_VU", "Sở Nội vụ", AgencyKind.DEPARTMENT, null, null);
            em.persist(a);
            em.flush();
            return a.getId();
        });
        officialId = Jpa.inTransaction(em -> UseCases.officialAdministration(em, guard(), tokens(), CLOCK)
                .create("canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD).id());
    }

    @Test
    void theRightPasswordSignsInAndStartsASession() {
        SignIn.SignedIn signedIn = signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.1"));

        assertThat(signedIn.official().id()).isEqualTo(officialId);
        assertThat(signedIn.refreshToken()).isNotBlank();
        assertThat(Jpa.count("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL AND official_id = "
                + officialId)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
        for (String[] attempt : new String[][] {{"canbo", "sai-mat-khau-roi"}, {"khong-co-ai", PASSWORD}}) {
            assertThatThrownBy(() -> signIn(s -> s.withPassword(attempt[0], attempt[1], "10.0.0.2")))
                    .isInstanceOfSatisfying(Refusal.class, e -> {
                        assertThat(e.reason()).isEqualTo(Refusal.Reason.UNAUTHENTICATED);
                        assertThat(e.code()).isEqualTo("invalid-credentials");
                    });
        }
        assertThat(Jpa.count("SELECT COUNT(*) FROM refresh_token")).isZero();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenForTheRightOne() {
        for (int i = 1; i < 5; i++) {
            assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", "sai-mat-khau-roi", "10.0.0.3")))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-credentials"));
        }
        assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", "sai-mat-khau-roi", "10.0.0.3")))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.LOCKED);
                    assertThat(e.until()).isPresent();
                });
        assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.3")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("account-locked"));
    }

    @Test
    void aRefreshGivesTheNextTokenAndAReusedOneEndsTheSession() {
        String first = signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.4")).refreshToken();

        SignIn.SignedIn renewed = signIn(s -> s.refresh(first));

        assertThat(renewed.official().id()).isEqualTo(officialId);
        assertThat(renewed.refreshToken()).isNotEqualTo(first);
        assertThatThrownBy(() -> signIn(s -> s.refresh(first)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("refresh-token-reused"));
        assertThatThrownBy(() -> signIn(s -> s.refresh(renewed.refreshToken())))
                .as("the family died with the reuse")
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-refresh-token"));
    }

    @Test
    void signingOutEndsTheSessionAndADeactivatedAccountCannotRefresh() {
        String signedOut = signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.5")).refreshToken();
        signIn(s -> {
            s.signOut(signedOut);
            return null;
        });
        assertThatThrownBy(() -> signIn(s -> s.refresh(signedOut)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-refresh-token"));

        String kept = signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.5")).refreshToken();
        Jpa.run(em -> em.createNativeQuery("UPDATE official SET active = FALSE WHERE id = " + officialId)
                .executeUpdate());
        assertThatThrownBy(() -> signIn(s -> s.refresh(kept)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-refresh-token"));
        assertThat(Jpa.count("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL")).isZero();
    }

    private static <T> T signIn(Function<SignIn, T> work) {
        return Jpa.inTransaction(em -> work.apply(new SignIn(new OfficialRepository(em), guard(), tokens())));
    }

    private static LoginGuard guard() {
        return new LoginGuard(Jpa.dataSource(), CLOCK);
    }

    private static RefreshTokens tokens() {
        return new RefreshTokens(Jpa.dataSource(), CLOCK);
    }
}
