package vn.laichau.par.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import vn.laichau.par.testsupport.MutableClock;

/** An official signs in with a password, renews the session with refresh tokens and signs out. */
class SignInTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-25T05:00:00Z"));
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
                .create(vn.laichau.par.domain.model.audit.Actor.system("test"), "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD).id());
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
    void afterThreeWrongPasswordsFromOneAddressTheNextWaitsThereButTheOwnerSignsInFromAnother() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", "sai-mat-khau-roi", "10.0.0.3")))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-credentials"));
        }
        assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.3")))
                .as("even the right password waits where the guesses came from")
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.TOO_MANY_ATTEMPTS);
                    assertThat(e.code()).isEqualTo("login-delayed");
                    assertThat(e.until()).contains(CLOCK.instant().plusSeconds(1));
                });

        assertThat(signIn(s -> s.withPassword("canbo", PASSWORD, "10.9.9.9")).official().id())
                .as("the owner elsewhere is not slowed").isEqualTo(officialId);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.3")).official().id())
                .as("after the wait, the right password passes").isEqualTo(officialId);
        assertThat(Jpa.count("SELECT COUNT(*) FROM login_throttle WHERE subject LIKE 'pair:%'"))
                .as("a success clears the account's count at that address").isZero();
    }

    @Test
    void theWaitsGrowWithEachFurtherWrongPassword() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", "sai-mat-khau-roi", "10.0.0.6")))
                    .isInstanceOf(Refusal.class);
        }
        for (long wait : new long[] {1, 2, 4, 8}) {
            assertThat(refusalOf("sai-mat-khau-roi", "10.0.0.6").until()).contains(CLOCK.instant().plusSeconds(wait));
            CLOCK.advance(Duration.ofSeconds(wait));
            assertThat(refusalOf("sai-mat-khau-roi", "10.0.0.6").code()).isEqualTo("invalid-credentials");
        }
    }

    @Test
    void parallelGuessesAreEachCountedBeforeTheCheckSoOnlyTheFreeOnesAreChecked() throws Exception {
        int guesses = 20;
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        signIn(s -> s.withPassword("canbo", "sai-mat-khau-roi", "10.0.0.7"));
                        return "signed-in";
                    } catch (Refusal refusal) {
                        return refusal.code();
                    }
                }));
            }
            start.countDown();
            Map<String, Long> codes = new TreeMap<>();
            for (Future<String> outcome : outcomes) {
                codes.merge(outcome.get(60, TimeUnit.SECONDS), 1L, Long::sum);
            }

            assertThat(codes).as("checked only while free, every other guess refused unchecked")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("invalid-credentials", 3L, "login-delayed", 17L));
            assertThat(Jpa.count("SELECT attempts FROM login_throttle WHERE subject = 'pair:10.0.0.7|canbo'"))
                    .isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOperatorLiftsTheDelaysOfAnAccountOrOfAnAddress() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(s -> s.withPassword("canbo", "sai-mat-khau-roi", "10.0.0.8")))
                    .isInstanceOf(Refusal.class);
        }
        assertThat(refusalOf(PASSWORD, "10.0.0.8").code()).isEqualTo("login-delayed");

        assertThat(guard().release(Optional.of("CanBo"), Optional.empty())).isEqualTo(1);

        assertThat(signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.0.8")).official().id()).isEqualTo(officialId);
        assertThat(guard().release(Optional.empty(), Optional.of("10.0.0.8"))).as("the address's count").isEqualTo(1);
        assertThatThrownBy(() -> guard().release(Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID));
    }

    @Test
    void oneAddressFailingWithManyAccountsWaitsWhateverTheAccount() {
        for (int i = 0; i < Throttle.ADDRESS.free(); i++) {
            String user = "khong-co-" + i;
            assertThatThrownBy(() -> signIn(s -> s.withPassword(user, "sai-mat-khau-roi", "10.0.0.9")))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-credentials"));
        }
        assertThat(refusalOf(PASSWORD, "10.0.0.9").code()).isEqualTo("too-many-login-attempts");
        assertThat(signIn(s -> s.withPassword("canbo", PASSWORD, "10.0.1.9")).official().id()).isEqualTo(officialId);
    }

    private Refusal refusalOf(String password, String address) {
        try {
            signIn(s -> s.withPassword("canbo", password, address));
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("signed in");
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
