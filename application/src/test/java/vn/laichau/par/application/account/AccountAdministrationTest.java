package vn.laichau.par.application.account;

import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.official.OfficialRepository;

/** What administrators do to accounts: change them, deactivate and reactivate them. */
class AccountAdministrationTest {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String PASSWORD = "mat-khau-cua-can-bo";
    private long agency;
    private long otherAgency;
    private long endedAgency;
    private long adminId;
    private Actor admin;

    @BeforeEach
    void accounts() {
        Jpa.clean();
        agency = Jpa.inTransaction(em -> agency(em, "SO_NOI_VU", "Sở Nội vụ", null));
        otherAgency = Jpa.inTransaction(em -> agency(em, "SO_TU_PHAP", "Sở Tư pháp", null));
        endedAgency = Jpa.inTransaction(em -> agency(em, "SO_KHDT", "Sở Kế hoạch và Đầu tư", LocalDate.of(2025, 2, 28)));
        adminId = inAccounts(a -> a.create(Actor.system("kiểm thử"), "quantri", "Quản trị viên", agency, EnumSet.of(Role.ADMIN), PASSWORD)).id();
        admin = Actor.official(adminId, "Quản trị viên", Channel.API);
    }

    @Test
    void aDeactivatedOfficialCannotLogInNorRefreshAndTheirSessionsAreRevoked() {
        long id = inAccounts(a -> a.create(admin, "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();
        String refresh = tokens().issue(id);

        inAccounts(a -> a.deactivate(admin, id, version(id)));

        assertThatThrownBy(() -> signIn("canbo", PASSWORD))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.UNAUTHENTICATED));
        assertThatThrownBy(() -> tokens().rotate(refresh))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.UNAUTHENTICATED));
        assertThat(Jpa.count("SELECT COUNT(*) FROM refresh_token WHERE revoked_at IS NULL AND official_id = " + id))
                .isZero();
        assertThat(history(id)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("active");
            assertThat(e.oldValue()).contains("true");
            assertThat(e.newValue()).contains("false");
            assertThat(e.actorOfficialId()).contains(adminId);
        });

        inAccounts(a -> a.reactivate(admin, id, version(id)));
        assertThat(signIn("canbo", PASSWORD).id()).isEqualTo(id);
    }

    @Test
    void creatingAnAccountAndResettingItsPasswordAreAuditedAndTheResetEndsItsSessions() {
        long id = inAccounts(a -> a.create(admin, "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();
        String refresh = tokens().issue(id);
        int generation = Jpa.inTransaction(em -> em.find(Official.class, id)).sessionGeneration();

        inAccounts(a -> a.resetPassword(admin, id, version(id), "mat-khau-moi-dai-du"));

        assertThat(fullHistory(id)).extracting(AuditEntry::field).containsExactly("account", "password");
        assertThat(fullHistory(id)).allSatisfy(e -> assertThat(e.actorOfficialId()).contains(adminId));
        assertThat(fullHistory(id).get(0).newValue()).get().asString().contains("canbo");
        assertThat(fullHistory(id).get(1).newValue()).get().asString().doesNotContain("mat-khau-moi-dai-du");
        assertThat(Jpa.inTransaction(em -> em.find(Official.class, id)).sessionGeneration()).isGreaterThan(generation);
        assertThatThrownBy(() -> tokens().rotate(refresh)).isInstanceOf(Refusal.class);
        assertThat(signIn("canbo", "mat-khau-moi-dai-du").id()).isEqualTo(id);
    }

    @Test
    void aDemotionAMoveAndADeactivationEndTheSessionsButAnUnrelatedChangeDoesNot() {
        long id = inAccounts(a -> a.create(admin, "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL, Role.LEADER),
                PASSWORD)).id();
        int created = generation(id);

        inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Cán bộ đổi tên", agency,
                Set.of(Role.OFFICIAL, Role.LEADER), "cb@laichau.gov.vn", null, false)));
        assertThat(generation(id)).as("a new name and e-mail take no rights away").isEqualTo(created);
        inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Cán bộ đổi tên", agency,
                Set.of(Role.OFFICIAL), "cb@laichau.gov.vn", null, false)));
        assertThat(generation(id)).as("demoted").isEqualTo(created + 1);
        inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Cán bộ đổi tên", otherAgency,
                Set.of(Role.OFFICIAL), "cb@laichau.gov.vn", null, false)));
        assertThat(generation(id)).as("moved").isEqualTo(created + 2);
        inAccounts(a -> a.deactivate(admin, id, version(id)));
        assertThat(generation(id)).as("deactivated").isEqualTo(created + 3);
    }

    private static int generation(long id) {
        return (int) Jpa.count("SELECT session_generation FROM official WHERE id = " + id);
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesNorDropTheirOwnAdminRole() {
        assertThatThrownBy(() -> inAccounts(a -> a.deactivate(admin, adminId, version(adminId))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT));
        assertThatThrownBy(() -> inAccounts(a -> a.change(admin, adminId, version(adminId), new AccountDetails(
                "Quản trị viên", agency, Set.of(Role.LEADER), null, null, false))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT));
        Official stillAdmin = Jpa.inTransaction(em -> em.find(Official.class, adminId));
        assertThat(stillAdmin.isActive()).isTrue();
        assertThat(stillAdmin.roles()).contains(Role.ADMIN);
    }

    @Test
    void aChangeSetsNameAgencyRolesAndContactsAuditedField() {
        long id = inAccounts(a -> a.create(admin, "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();

        inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Nguyễn Văn Á", otherAgency,
                Set.of(Role.OFFICIAL, Role.LEADER), "nva@laichau.gov.vn", "0912 345 678", true)));

        Official changed = Jpa.inTransaction(em -> em.find(Official.class, id));
        assertThat(changed.displayName()).isEqualTo("Nguyễn Văn Á");
        assertThat(changed.agencyId()).isEqualTo(otherAgency);
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.OFFICIAL, Role.LEADER);
        assertThat(changed.email()).contains("nva@laichau.gov.vn");
        assertThat(changed.phone()).contains("0912 345 678");
        assertThat(changed.isHeadOfAgency()).isTrue();
        assertThat(history(id)).extracting(AuditEntry::field)
                .containsExactlyInAnyOrder("displayName", "agencyId", "roles", "email", "phone", "headOfAgency");
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndAnAgencyThatExistsToday() {
        long id = inAccounts(a -> a.create(admin, "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();
        long read = version(id);
        AccountDetails details = new AccountDetails("Cán bộ", agency, Set.of(Role.OFFICIAL), null, "0213 3876 543", false);
        inAccounts(a -> a.change(admin, id, read, details));

        assertThatThrownBy(() -> inAccounts(a -> a.change(admin, id, read, details)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.STALE));
        assertThatThrownBy(() -> inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Cán bộ",
                endedAgency, Set.of(Role.OFFICIAL), null, null, false)))).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT));
        assertThatThrownBy(() -> inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Cán bộ",
                999_999L, Set.of(Role.OFFICIAL), null, null, false)))).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT));
        Official unchanged = Jpa.inTransaction(em -> em.find(Official.class, id));
        assertThat(unchanged.agencyId()).isEqualTo(agency);
    }

    @Test
    void noAccountIsCreatedInNorMovedToAnAgencyThatHasEndedAndTheRefusalNamesItsLastDayAndSuccessor() {
        long merged = Jpa.inTransaction(em -> {
            Agency commune = new Agency("XA_BAN_GIANG", "UBND xã Bản Giang", AgencyKind.COMMUNE_COMMITTEE, null, null);
            em.persist(commune);
            commune.dissolveInto(em.find(Agency.class, otherAgency), LocalDate.of(2025, 6, 30));
            em.flush();
            return commune.getId();
        });
        long id = inAccounts(a -> a.create(admin, "canbo", "Cán bộ", agency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();

        assertThatThrownBy(() -> inAccounts(a -> a.create(admin, "canbo.xa", "Cán bộ xã", merged,
                EnumSet.of(Role.OFFICIAL), PASSWORD))).isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT);
                    assertThat(e.code()).isEqualTo("agency-ended");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("agencyId");
                        assertThat(v.messageVi()).contains("UBND xã Bản Giang đã kết thúc ngày 30/06/2025")
                                .contains("cơ quan kế thừa: Sở Tư pháp (mã số " + otherAgency + ")");
                        assertThat(v.messageEn()).contains("ended on 30/06/2025")
                                .contains("its successor is Sở Tư pháp");
                    });
                });
        assertThatThrownBy(() -> inAccounts(a -> a.change(admin, id, version(id), new AccountDetails("Cán bộ",
                endedAgency, Set.of(Role.OFFICIAL), null, null, false)))).isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("agency-ended");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("agencyId");
                        assertThat(v.messageVi()).contains("đã kết thúc ngày 28/02/2025")
                                .contains("không có cơ quan kế thừa");
                    });
                });
        assertThat(Jpa.count("SELECT COUNT(*) FROM official WHERE username = 'canbo.xa'")).isZero();
        assertThat(Jpa.inTransaction(em -> em.find(Official.class, id)).agencyId()).isEqualTo(agency);
    }

    @Test
    void officialsAreListedInIdOrderOfOneAgencyAndAnUnknownOneIsNotFound() {
        long first = inAccounts(a -> a.create(admin, "canbo1", "Cán bộ 1", otherAgency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();
        long second = inAccounts(a -> a.create(admin, "canbo2", "Cán bộ 2", otherAgency, EnumSet.of(Role.OFFICIAL), PASSWORD)).id();

        List<Official> ofAgency = inAccounts(a -> a.list(java.util.Optional.of(otherAgency), java.util.Optional.empty(),
                0, 10));
        List<Official> afterFirst = inAccounts(a -> a.list(java.util.Optional.empty(), java.util.Optional.empty(),
                first, 10));

        assertThat(ofAgency).extracting(Official::id).containsExactly(first, second);
        assertThat(afterFirst).extracting(Official::id).containsExactly(second);
        assertThat(inAccounts(a -> a.get(second)).username()).isEqualTo("canbo2");
        assertThatThrownBy(() -> inAccounts(a -> a.get(999_999_999L)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("official-not-found");
                });
    }

    @Test
    void aShortPasswordIsRefusedAndTheFirstAdministratorIsCreatedOnce() {
        assertThatThrownBy(() -> inAccounts(a -> a.create(admin, "ngan", "Mật khẩu ngắn", agency, EnumSet.of(Role.OFFICIAL),
                "ngan")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("invalid-account"));

        OfficialAdministration.FirstAdmin first = inAccounts(a -> a.createFirstAdmin("admin", PASSWORD, "SO_NOI_VU"));
        OfficialAdministration.FirstAdmin again = inAccounts(a -> a.createFirstAdmin("admin", PASSWORD, "SO_NOI_VU"));
        OfficialAdministration.FirstAdmin noAgency = inAccounts(a -> a.createFirstAdmin("admin2", PASSWORD,
                "KHONG_CO"));
        assertThat(first).isEqualTo(OfficialAdministration.FirstAdmin.CREATED);
        assertThat(again).isEqualTo(OfficialAdministration.FirstAdmin.EXISTS);
        assertThat(noAgency).isEqualTo(OfficialAdministration.FirstAdmin.NO_AGENCY);
        assertThatThrownBy(() -> inAccounts(a -> a.createFirstAdmin("admin3", PASSWORD, "SO_KHDT")))
                .as("an agency that has ended holds no new account, the first administrator's neither")
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("agency-ended"));
        assertThat(Jpa.count("SELECT COUNT(*) FROM official WHERE username LIKE 'admin%'")).isEqualTo(1);
    }

    /** The audited changes of an account after its creation. */
    private List<AuditEntry> history(long id) {
        return fullHistory(id).stream().filter(e -> !e.field().equals("account")).toList();
    }

    private List<AuditEntry> fullHistory(long id) {
        return Jpa.inTransaction(em -> new AuditRepository(em).historyOf(OfficialAdministration.AUDITED, id));
    }

    private static long agency(EntityManager em, String code, String name, LocalDate validTo) {
        Agency a = new Agency(code, name, AgencyKind.DEPARTMENT, null, validTo);
        em.persist(a);
        em.flush();
        return a.getId();
    }

    private static RefreshTokens tokens() {
        return new RefreshTokens(Jpa.dataSource(), CLOCK);
    }

    private static <T> T inAccounts(Function<OfficialAdministration, T> work) {
        return Jpa.inTransaction(em -> work.apply(UseCases.officialAdministration(em, guard(), tokens(), CLOCK)));
    }

    private static Official signIn(String username, String password) {
        return Jpa.inTransaction(em -> new SignIn(new OfficialRepository(em), guard(), tokens())
                .withPassword(username, password, "10.0.0.1").official());
    }

    private static LoginGuard guard() {
        return new LoginGuard(Jpa.dataSource(), CLOCK);
    }

    private static long version(long id) {
        return Jpa.count("SELECT version FROM official WHERE id = " + id);
    }
}
