package vn.laichau.par.application.agency;

import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Reason;
import vn.laichau.par.persistence.agency.AgencyRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManager;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.application.plan.NextCycle;
import vn.laichau.par.application.plan.OccurrenceCreation;

class AgencyAdministrationTest {

    private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Actor ADMIN = Actor.system("Quản trị viên kiểm thử");

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
    }

    @Test
    void aNewAgencyIsStoredWithItsNamesAndEveryFieldInTheAuditTrail() {
        long parent = id("UBND_TINH");
        Agency created = inAdministration(a -> a.create(ADMIN, "SO_MOI", new AgencyDetails("Sở Thử nghiệm",
                "Sở TN", AgencyKind.DEPARTMENT, parent, LocalDate.of(2026, 1, 1), null, null)).agency());

        Agency stored = Jpa.inTransaction(em -> em.find(Agency.class, created.getId()));
        assertThat(stored.getCode()).isEqualTo("SO_MOI");
        assertThat(stored.getShortName()).contains("Sở TN");
        assertThat(stored.getParentId()).contains(parent);
        List<AuditEntry> history = Jpa.inTransaction(em -> new AuditRepository(em).historyOf("agency", created.getId()));
        assertThat(history).extracting(AuditEntry::field)
                .containsExactlyInAnyOrder("code", "name", "shortName", "kind", "parentId", "validFrom");
        assertThat(history).allSatisfy(e -> assertThat(e.actor()).isEqualTo("Quản trị viên kiểm thử"));
    }

    @Test
    void aCodeUsedByAnAgencyOrAGroupIsRefusedAndNothingIsStored() {
        long before = Jpa.count("SELECT COUNT(*) FROM agency");
        String groupCode = Jpa.inTransaction(em -> new AgencyRepository(em).groups().get(0).getCode());

        for (String taken : List.of("SO_TU_PHAP", groupCode)) {
            assertThatThrownBy(() -> inAdministration(a -> a.create(ADMIN, taken, details("Một cơ quan hoàn toàn mới"))))
                    .isInstanceOfSatisfying(Refusal.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
        }
        assertThatThrownBy(() -> inAdministration(a -> a.create(ADMIN, "so tu phap", details("Tên khác"))))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID);
                    assertThat(e.violations()).extracting(Refusal.Violation::field).contains("code");
                });
        assertThat(Jpa.count("SELECT COUNT(*) FROM agency")).isEqualTo(before);
    }

    @Test
    void twoAgenciesShareANameOnlyWhenTheyNeverExistOnTheSameDay() {
        String name = Jpa.inTransaction(em -> em.find(Agency.class, id("SO_TU_PHAP")).getName());

        assertThatThrownBy(() -> inAdministration(a -> a.create(ADMIN, "SO_TU_PHAP_2", details(name.toUpperCase()))))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));

        Agency old = inAdministration(a -> a.create(ADMIN, "UBND_X_CU", new AgencyDetails("Ủy ban nhân dân xã Thử",
                null, AgencyKind.COMMUNE_COMMITTEE, null, null, LocalDate.of(2025, 6, 30), null)).agency());
        Agency merged = inAdministration(a -> a.create(ADMIN, "UBND_X_MOI", new AgencyDetails("Ủy ban nhân dân xã Thử",
                null, AgencyKind.COMMUNE_COMMITTEE, null, LocalDate.of(2025, 7, 1), null, null)).agency());
        assertThat(merged.getId()).isNotEqualTo(old.getId());

        assertThatThrownBy(() -> inAdministration(a -> a.restore(ADMIN, old.getId(), version(old.getId()))))
                .as("restoring the old commune would make two of the same name at once")
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
    }

    @Test
    void successorsMustExistBeAnotherAgencyExistTheDayAfterAndNeverLeadBack() {
        long a = inAdministration(x -> x.create(ADMIN, "SO_A", details("Sở A")).agency()).getId();
        long b = inAdministration(x -> x.create(ADMIN, "SO_B", details("Sở B")).agency()).getId();
        LocalDate lastDay = LocalDate.of(2026, 6, 30);

        assertInvalid(() -> inAdministration(x -> x.end(ADMIN, a, version(a), Optional.of(lastDay), 999_999L, Optional.empty())), "successorId");
        assertInvalid(() -> inAdministration(x -> x.end(ADMIN, a, version(a), Optional.of(lastDay), a, Optional.empty())), "successorId");
        assertInvalid(() -> inAdministration(x -> x.change(ADMIN, a, version(a), new AgencyDetails("Sở A", null,
                AgencyKind.DEPARTMENT, null, null, null, b))), "successorId");
        assertInvalid(() -> inAdministration(x -> x.change(ADMIN, a, version(a), new AgencyDetails("Sở A", null,
                AgencyKind.DEPARTMENT, null, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), null))), "validTo");

        inAdministration(x -> x.end(ADMIN, a, version(a), Optional.of(lastDay), b, Optional.empty()));
        assertInvalid(() -> inAdministration(x -> x.end(ADMIN, b, version(b), Optional.of(lastDay), a, Optional.empty())), "successorId");

        long c = inAdministration(x -> x.create(ADMIN, "SO_C", new AgencyDetails("Sở C", null, AgencyKind.DEPARTMENT,
                null, LocalDate.of(2027, 1, 1), null, null)).agency()).getId();
        assertInvalid(() -> inAdministration(x -> x.end(ADMIN, b, version(b), Optional.of(lastDay), c, Optional.empty())), "successorId");
        Agency unchanged = Jpa.inTransaction(em -> em.find(Agency.class, b));
        assertThat(unchanged.getValidTo()).isEmpty();
    }

    @Test
    void aParentLineCannotLoop() {
        long a = inAdministration(x -> x.create(ADMIN, "SO_A", details("Sở A")).agency()).getId();
        long b = inAdministration(x -> x.create(ADMIN, "SO_B", new AgencyDetails("Sở B", null, AgencyKind.DEPARTMENT,
                a, null, null, null)).agency()).getId();

        assertInvalid(() -> inAdministration(x -> x.change(ADMIN, a, version(a), new AgencyDetails("Sở A", null,
                AgencyKind.DEPARTMENT, b, null, null, null))), "parentId");
        assertInvalid(() -> inAdministration(x -> x.change(ADMIN, a, version(a), new AgencyDetails("Sở A", null,
                AgencyKind.DEPARTMENT, a, null, null, null))), "parentId");
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndRecordsOnlyWhatChanged() {
        long a = inAdministration(x -> x.create(ADMIN, "SO_A", details("Sở A")).agency()).getId();
        long read = version(a);
        inAdministration(x -> x.change(ADMIN, a, read, new AgencyDetails("Sở A mới", null, AgencyKind.DEPARTMENT,
                null, null, null, null)));

        assertThatThrownBy(() -> inAdministration(x -> x.change(ADMIN, a, read, details("Sở A khác"))))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
        assertThat(version(a)).isGreaterThan(read);
        List<AuditEntry> history = Jpa.inTransaction(em -> new AuditRepository(em).historyOf("agency", a));
        assertThat(history.stream().filter(e -> e.oldValue().isPresent()))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.oldValue()).contains("Sở A");
                    assertThat(e.newValue()).contains("Sở A mới");
                });
    }

    @Test
    void anEndedAgencyKeepsItsOccurrencesAndTheNextCycleGivesTheLaterPeriodsToItsSuccessor() {
        long planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        long justice = id("SO_TU_PHAP");
        Jpa.inTransaction(em -> new NextCycle(new PlanRepository(em), new AgencyRepository(em),
                        UseCases.occurrenceCreation(em))
                .addYear(planId, 2026));
        long owed2026 = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2026 AND agency_id = " + justice);
        assertThat(owed2026).isPositive();
        long successor = inAdministration(x -> x.create(ADMIN, "SO_TU_PHAP_MOI", new AgencyDetails(
                "Sở Tư pháp và Pháp chế", null, AgencyKind.DEPARTMENT, null, LocalDate.of(2027, 1, 1), null, null)))
                .agency().getId();

        AgencyEnd end = inAdministration(x -> x.end(ADMIN, justice, version(justice), Optional.of(LocalDate.of(2026, 12, 31)),
                successor, Optional.empty()));

        long openAfter = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE finished_on IS NULL AND agency_id = " + justice
                + " AND due_date > '2026-12-31'");
        long openBy = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE finished_on IS NULL AND agency_id = " + justice
                + " AND due_date <= '2026-12-31'");
        assertThat(end.openDueAfterLastDay()).isEqualTo(openAfter);
        assertThat(end.openDueByLastDay()).isEqualTo(openBy).isPositive();
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2026 AND agency_id = " + justice))
                .as("occurrences stay with the agency they were assigned to").isEqualTo(owed2026);

        Jpa.inTransaction(em -> new NextCycle(new PlanRepository(em), new AgencyRepository(em),
                        UseCases.occurrenceCreation(em))
                .addYear(planId, 2027));
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE due_date > '2026-12-31' AND plan_year = 2027 "
                + "AND agency_id = " + justice)).isZero();
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2027 AND agency_id = " + successor))
                .isPositive();
        List<AuditEntry> history = Jpa.inTransaction(em -> new AuditRepository(em).historyOf("agency", justice));
        assertThat(history).extracting(AuditEntry::field).containsExactlyInAnyOrder("validTo", "successorId");
    }

    @Test
    void aRestoredAgencyExistsAgainWithoutSuccessorAndOnlyAnEndedOneCanBeRestored() {
        long a = inAdministration(x -> x.create(ADMIN, "SO_A", details("Sở A")).agency()).getId();
        long b = inAdministration(x -> x.create(ADMIN, "SO_B", details("Sở B")).agency()).getId();
        assertThatThrownBy(() -> inAdministration(x -> x.restore(ADMIN, a, version(a))))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
        inAdministration(x -> x.end(ADMIN, a, version(a), Optional.of(LocalDate.of(2025, 6, 30)), b, Optional.empty()));

        Agency restored = inAdministration(x -> x.restore(ADMIN, a, version(a))).agency();

        assertThat(restored.getValidTo()).isEmpty();
        assertThat(restored.getSuccessorId()).isEmpty();
        assertThat(restored.isValidOn(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void theListFiltersByTheDayAnAgencyExistsAndByKind() {
        long districtsBefore = Jpa.inTransaction(em -> new AgencyRepository(em).list(0, 500,
                java.util.Optional.of(LocalDate.of(2025, 6, 30)), true,
                java.util.Optional.of(AgencyKind.DISTRICT_COMMITTEE)).size());
        long districtsAfter = Jpa.inTransaction(em -> new AgencyRepository(em).list(0, 500,
                java.util.Optional.of(LocalDate.of(2025, 7, 1)), true,
                java.util.Optional.of(AgencyKind.DISTRICT_COMMITTEE)).size());
        long endedBy2026 = Jpa.inTransaction(em -> new AgencyRepository(em).list(0, 500,
                java.util.Optional.of(LocalDate.of(2026, 1, 1)), false, java.util.Optional.empty()).size());

        assertThat(districtsBefore).isEqualTo(8);
        assertThat(districtsAfter).isZero();
        assertThat(endedBy2026).isEqualTo(Jpa.count("SELECT COUNT(*) FROM agency WHERE valid_to < '2026-01-01' "
                + "OR valid_from > '2026-01-01'"));
    }

    @Test
    void anAgencyIsShownWithItsSuccessorPredecessorsAndWhetherItExistsToday() {
        long a = inAdministration(x -> x.create(ADMIN, "SO_A", details("Sở A")).agency()).getId();
        long b = inAdministration(x -> x.create(ADMIN, "SO_B", details("Sở B")).agency()).getId();
        inAdministration(x -> x.end(ADMIN, a, version(a), Optional.of(LocalDate.of(2025, 6, 30)), b, Optional.empty()));

        AgencyView ended = inAdministration(x -> x.get(a));
        AgencyView successor = inAdministration(x -> x.get(b));

        assertThat(ended.existsToday()).isFalse();
        assertThat(ended.successor()).map(Agency::getId).contains(b);
        assertThat(successor.existsToday()).isTrue();
        assertThat(successor.predecessors()).hasValueSatisfying(p ->
                assertThat(p).extracting(Agency::getId).containsExactly(a));
        assertThatThrownBy(() -> inAdministration(x -> x.get(999_999_999L)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("agency-not-found"));
    }

    @Test
    void theListTellsThoseThatExistTodayFromThoseThatDoNot() {
        long a = inAdministration(x -> x.create(ADMIN, "SO_A", details("Sở A")).agency()).getId();
        inAdministration(x -> x.end(ADMIN, a, version(a), Optional.of(LocalDate.of(2025, 6, 30)), null, Optional.empty()));

        List<AgencyView> existing = inAdministration(x -> x.list(0, 500, Optional.empty(), Optional.of(true),
                Optional.of(AgencyKind.DEPARTMENT)));
        List<AgencyView> ended = inAdministration(x -> x.list(0, 500, Optional.empty(), Optional.of(false),
                Optional.of(AgencyKind.DEPARTMENT)));

        assertThat(existing).isNotEmpty().allSatisfy(v -> assertThat(v.existsToday()).isTrue());
        assertThat(existing).extracting(v -> v.agency().getId()).doesNotContain(a);
        assertThat(ended).extracting(v -> v.agency().getId()).contains(a);
        assertThat(ended).allSatisfy(v -> {
            assertThat(v.existsToday()).isFalse();
            assertThat(v.predecessors()).isEmpty();
        });
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INVALID);
            assertThat(e.violations()).extracting(Refusal.Violation::field).contains(field);
        });
    }

    private static AgencyDetails details(String name) {
        return new AgencyDetails(name, null, AgencyKind.DEPARTMENT, null, null, null, null);
    }

    private static <T> T inAdministration(Function<AgencyAdministration, T> work) {
        return Jpa.inTransaction((EntityManager em) -> work.apply(UseCases.agencyAdministration(em, CLOCK)));
    }

    private static long id(String code) {
        return Jpa.count("SELECT id FROM agency WHERE code = '" + code + "'");
    }

    private static long version(long id) {
        return Jpa.count("SELECT version FROM agency WHERE id = " + id);
    }
}
