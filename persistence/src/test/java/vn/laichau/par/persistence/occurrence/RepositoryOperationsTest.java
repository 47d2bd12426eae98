package vn.laichau.par.persistence.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

class RepositoryOperationsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-03-01T01:00:00Z"), ZoneOffset.UTC);
    private static long noiVu;
    private static long planId;

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
        noiVu = Jpa.count("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    @Test
    void agenciesAreFoundByCodeIdParentAndChange() {
        Jpa.run(em -> {
            AgencyRepository agencies = new AgencyRepository(em);
            assertThat(agencies.findById(noiVu)).get().extracting(a -> a.getName()).isEqualTo("Sở Nội vụ");
            assertThat(agencies.findByCode("KHONG_CO")).isEmpty();
            long province = agencies.findByCode("UBND_TINH").orElseThrow().getId();
            assertThat(agencies.childrenOf(province)).extracting(a -> a.getCode()).contains("SO_NOI_VU");
            assertThat(agencies.list(0, 5)).hasSize(5);
            assertThat(agencies.changedSince(Instant.EPOCH, 0, 1000)).hasSize(agencies.all().size());
            assertThat(agencies.groups()).hasSize(6);
        });
    }

    @Test
    void officialsAreStoredFoundAndVersioned() {
        Official stored = Jpa.inTransaction(em -> {
            Official official = new Official("Lan.NV", "Trần Thị Lan", noiVu, Set.of(Role.OFFICIAL));
            official.linkTelegram(4242L);
            official.changePasswordHash("pbkdf2$hash");
            return new OfficialRepository(em).add(official);
        });
        Jpa.run(em -> {
            OfficialRepository officials = new OfficialRepository(em);
            assertThat(officials.findByUsername("LAN.nv")).get().extracting(Official::id).isEqualTo(stored.id());
            assertThat(officials.findByTelegramChatId(4242L)).isPresent();
            assertThat(officials.activeOfAgency(noiVu)).extracting(Official::username).contains("lan.nv");
            assertThat(officials.list(0, 10)).isNotEmpty();
            assertThatThrownBy(() -> officials.add(new Official("lan.nv", "Khác", noiVu, Set.of(Role.LEADER))))
                    .isInstanceOf(InvalidPlanDataException.class);
        });
        Jpa.run(em -> em.find(Official.class, stored.id()).deactivate());
        assertThatThrownBy(() -> Jpa.run(em -> {
            Official stale = em.merge(stored);
            stale.grant(Role.ADMIN);
        })).isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void calendarAdjustmentsMoveWorkingDays() {
        LocalDate saturday = LocalDate.of(2019, 4, 27);
        Jpa.run(em -> new CalendarRepository(em).add(CalendarAdjustment.workingDay(saturday, "Làm bù ngày 29/4")));
        Jpa.run(em -> {
            CalendarRepository calendar = new CalendarRepository(em);
            assertThat(calendar.calendar().isWorkingDay(saturday)).isTrue();
            assertThat(calendar.adjustmentOn(saturday)).isPresent();
            assertThatThrownBy(() -> calendar.add(CalendarAdjustment.dayOff(saturday, "x")))
                    .isInstanceOf(InvalidPlanDataException.class);
        });
        Jpa.run(em -> assertThat(new CalendarRepository(em).remove(saturday)).isTrue());
        Jpa.run(em -> assertThat(new CalendarRepository(em).calendar().isWorkingDay(saturday)).isFalse());
    }

    @Test
    void indicatorValuesAreRecordedCorrectedWithTheirVersionAndAudited() {
        Actor admin = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);
        long indicatorId = Jpa.inTransaction(em -> new IndicatorRepository(em, CLOCK).ofPlan(planId).get(0).id());
        var first = Jpa.inTransaction(em -> new IndicatorRepository(em, CLOCK)
                .recordValue(indicatorId, 2018, new BigDecimal("42.50"), "Báo cáo năm", Optional.empty(), admin));
        Jpa.run(em -> new IndicatorRepository(em, CLOCK)
                .recordValue(indicatorId, 2018, new BigDecimal("45.00"), null, Optional.of(first.version()), admin));
        assertThatThrownBy(() -> Jpa.run(em -> new IndicatorRepository(em, CLOCK)
                .recordValue(indicatorId, 2018, new BigDecimal("46.00"), null, Optional.of(first.version()), admin)))
                .isInstanceOf(OptimisticLockException.class);
        Jpa.run(em -> {
            IndicatorRepository indicators = new IndicatorRepository(em, CLOCK);
            assertThat(indicators.valueIn(indicatorId, 2018)).get().extracting(v -> v.value())
                    .isEqualTo(new BigDecimal("45.00"));
            assertThat(indicators.valuesOf(indicatorId)).hasSize(1);
            assertThat(new AuditRepository(em).historyOf(AuditTrail.INDICATOR_VALUE, first.id()))
                    .extracting(e -> e.field()).containsExactlyInAnyOrder("actual_value", "note", "actual_value", "note");
        });
    }

    @Test
    void parIndexResultsAreOnePerProvinceAndYear() {
        Jpa.run(em -> {
            ParIndexRepository results = new ParIndexRepository(em, CLOCK);
            results.add(new ParIndexResult("Điện Biên", 2019, new BigDecimal("80.10"), 40, 63, null));
            assertThat(results.find("Điện Biên", 2019)).isPresent();
            assertThatThrownBy(() -> results.add(new ParIndexResult("Điện Biên", 2019, BigDecimal.ONE, 1, 63, null)))
                    .isInstanceOf(InvalidPlanDataException.class);
        });
    }

    @Test
    void plansAndTasksAreFound() {
        Jpa.run(em -> {
            assertThat(new PlanRepository(em).list()).hasSize(1);
            assertThat(new PlanRepository(em).findById(planId)).isPresent();
            TaskRepository tasks = new TaskRepository(em);
            assertThat(tasks.ofPlan(planId)).hasSize(50 + 2);
            assertThat(tasks.findByCode(planId, "III.1.2")).isPresent();
            assertThat(tasks.findById(tasks.findByCode(planId, "I.1").orElseThrow().id())).isPresent();
            assertThat(tasks.changedSince(Instant.EPOCH, 0, 100)).hasSize(50 + 2);
        });
    }

    @Test
    void hotQueriesAnswerWhatTheyPromise() {
        Jpa.run(em -> {
            OccurrenceRepository occurrences = new OccurrenceRepository(em);
            LocalDate from = LocalDate.of(2018, 12, 1);
            LocalDate to = LocalDate.of(2018, 12, 31);
            List<Occurrence> due = occurrences.openDueBetween(from, to);
            assertThat(due).isNotEmpty().allSatisfy(o -> {
                assertThat(o.dueDate()).isBetween(from, to);
                assertThat(o.isFinished()).isFalse();
            });
            assertThat(due).extracting(Occurrence::dueDate).isSorted();
            List<Occurrence> overdue = occurrences.overdueOf(noiVu, LocalDate.of(2019, 1, 1));
            assertThat(overdue).isNotEmpty().allSatisfy(o -> {
                assertThat(o.agencyId()).isEqualTo(noiVu);
                assertThat(o.dueDate()).isBefore(LocalDate.of(2019, 1, 1));
            });
            assertThat(occurrences.ofAgencyAndYear(noiVu, 2018)).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.planYear()).isEqualTo(2018));
            List<Occurrence> page = occurrences.changedSince(Instant.EPOCH, 0, 100);
            assertThat(page).hasSize(100);
            Occurrence last = page.get(99);
            List<Occurrence> next = occurrences.changedSince(last.updatedAt().orElseThrow(), last.id(), 100);
            assertThat(next).extracting(Occurrence::id).doesNotContainAnyElementsOf(page.stream().map(Occurrence::id).toList());
            Occurrence one = page.get(0);
            assertThat(occurrences.findByKey(one.taskId(), one.period(), one.agencyId())).isPresent();
            assertThat(occurrences.ofTask(one.taskId(), one.planYear())).isNotEmpty();
            OccurrenceRepository.WithTaskVersion read = occurrences.findWithTaskVersion(one.id()).orElseThrow();
            assertThat(read.occurrence().id()).isEqualTo(one.id());
            assertThat(read.taskVersion())
                    .isEqualTo(new TaskRepository(em).findById(one.taskId()).orElseThrow().version());
            assertThat(occurrences.findWithTaskVersion(Long.MAX_VALUE)).isEmpty();
        });
    }
}
