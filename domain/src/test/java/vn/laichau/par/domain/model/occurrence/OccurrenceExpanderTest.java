package vn.laichau.par.domain.model.occurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.plan.ManualDeadline;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.ShippedPlan;

class OccurrenceExpanderTest {

    private static final ShippedPlan SHIPPED = ShippedPlan.load();
    private static final OccurrenceExpander EXPANDER = new OccurrenceExpander(SHIPPED.agencies().directory(),
            new DeadlinePhraseParser(), DeadlineContext.standard(WorkingDayCalendar.vietnam()));

    @Test
    void plan2018YieldsItsOccurrencesPerResponsibleAgency() {
        Expansion expansion = EXPANDER.expand(SHIPPED.plan(), 2018);
        assertThat(expansion.occurrences()).hasSize(374 + 26);
        Map<String, Long> byTask = expansion.countByTask();
        assertThat(byTask).containsEntry("TCTH.2", 26L).containsEntry("I.1", 1L).containsEntry("I.2", 4L).containsEntry("I.4", 4L)
                .containsEntry("III.2", 3L).containsEntry("IV.3", 4L)
                .containsEntry("VIII.1.1", 26L).containsEntry("VIII.1.2", 114L).containsEntry("VIII.1.3", 132L)
                .containsEntry("VIII.2.2", 26L).containsEntry("VIII.3", 26L);
        assertThat(byTask).doesNotContainKeys("VIII.2.1", "V.5", "X.1");
        assertThat(expansion.occurrences()).extracting(PlannedOccurrence::key).doesNotHaveDuplicates();
    }

    @Test
    void tasksWhoseDeadlineNeedsAPersonAreListedNotGuessed() {
        Expansion expansion = EXPANDER.expand(SHIPPED.plan(), 2018);
        assertThat(expansion.unscheduled()).extracting(u -> u.task().code())
                .containsExactly("I.6.2", "TCTH.1", "II.1", "II.3", "III.1.1", "III.1.2", "V.5", "V.6", "X.1");
    }

    @Test
    void dueDatesFollowTheDeadlineRules() {
        Expansion expansion = EXPANDER.expand(SHIPPED.plan(), 2019);
        assertThat(dueOf(expansion, "I.1")).containsExactly(new DueDate("2019", java.time.LocalDate.of(2018, 12, 31)));
        assertThat(dueOf(expansion, "I.2")).extracting(DueDate::period)
                .containsExactly("2019-Q1", "2019-H1", "2019-Q3", "2019-Y");
        assertThat(dueOf(expansion, "I.4")).extracting(DueDate::date).containsOnly(java.time.LocalDate.of(2019, 12, 25));
    }

    @Test
    void plan2017LeavesOutDueDatesBeforeTheIssueDateAndAddsTheFixedOne() {
        Expansion expansion = EXPANDER.expand(SHIPPED.plan(), 2017);
        assertThat(expansion.occurrences()).hasSize(376 + 26);
        assertThat(expansion.countByTask()).containsEntry("VIII.2.1", 8L).containsEntry("TCTH.2", 26L).containsEntry("I.2", 3L)
                .doesNotContainKeys("I.1", "V.7.1", "VII.1.1", "VII.1.3");
        assertThat(expansion.unscheduled()).filteredOn(u -> u.task().code().equals("I.1"))
                .singleElement().satisfies(u -> assertThat(u.reasonVi()).contains("trước ngày ban hành"));
    }

    @Test
    void wholePeriodYieldsEveryYear() {
        assertThat(EXPANDER.expand(SHIPPED.plan()).occurrences()).hasSize(376 + 26 + (374 + 26) * 3);
    }

    @Test
    void aDateSetByHandSchedulesATaskThePhraseCouldNotDate() {
        Plan plan = ShippedPlan.load().plan();
        plan.task("V.5").orElseThrow()
                .scheduleByHand(ManualDeadline.everyYear(MonthDay.of(12, 15), "Công văn hướng dẫn của Bộ Nội vụ"));
        Expansion expansion = EXPANDER.expand(plan, 2018);
        assertThat(dueOf(expansion, "V.5")).containsExactly(new DueDate("2018", java.time.LocalDate.of(2018, 12, 15)));
        assertThat(expansion.occurrences()).hasSize(374 + 26 + 1);
    }

    @Test
    void aLaterCycleAssignsSuccessorsAndTheNewCommunes() {
        Plan plan = ShippedPlan.load().plan();
        plan.extendPeriodTo(2026);
        Expansion expansion = EXPANDER.expand(plan, 2026);
        assertThat(agenciesOf(expansion, "IX.3")).containsExactly("SO_TAI_CHINH");
        assertThat(agenciesOf(expansion, "I.4")).containsExactly("SO_KHCN", "SO_NOI_VU", "BAO_LAI_CHAU");
        assertThat(expansion.countByTask()).containsEntry("VIII.1.2", 38L).containsEntry("VIII.1.3", 13L + 38L)
                .doesNotContainKey("VIII.2.1");
        assertThat(expansion.countByTask().get("VIII.1.1")).as("departments, and the communes for the districts")
                .isEqualTo(13L + 38L);
    }

    @Test
    void in2026EveryDepartmentAndTheCommunesCarryingOnTheDistrictsOweTheYearlyReport() {
        Plan plan = ShippedPlan.load().plan();
        plan.extendPeriodTo(2026);
        Expansion expansion = EXPANDER.expand(plan, 2026);
        java.util.List<PlannedOccurrence> reports = expansion.occurrences().stream()
                .filter(o -> o.task().code().equals("TCTH.2")).toList();
        assertThat(reports).hasSize(13 + 38).allSatisfy(o -> {
            assertThat(o.due()).isEqualTo(new DueDate("2026", java.time.LocalDate.of(2026, 12, 25)));
            assertThat(o.agency().isValidOn(o.due().date())).isTrue();
        });
        assertThat(reports).extracting(o -> o.agency().getKind()).containsOnly(
                vn.laichau.par.domain.model.agency.AgencyKind.DEPARTMENT,
                vn.laichau.par.domain.model.agency.AgencyKind.COMMUNE_COMMITTEE);
        assertThat(reports).extracting(o -> o.agency().getCode()).doesNotContain("UBND_H_SIN_HO", "SO_KHDT")
                .contains("SO_TAI_CHINH", "UBND_XA_03478_2025");
        Expansion in2018 = EXPANDER.expand(plan, 2018);
        assertThat(in2018.occurrences()).filteredOn(o -> o.task().code().equals("TCTH.2"))
                .extracting(o -> o.agency().getCode()).contains("UBND_H_SIN_HO", "SO_KHDT")
                .doesNotContain("SO_NNMT", "UBND_XA_03478_2025");
    }

    @Test
    void aDistrictsTaskGoesToTheDistrictBeforeJuly2025AndToItsCommunesSuccessorsAfter() {
        Plan plan = new Plan("9/KH-UBND", "Thử hai cấp", "UBND tỉnh Lai Châu", java.time.LocalDate.of(2025, 1, 2),
                2025, 2026);
        vn.laichau.par.domain.model.plan.Area area = plan.openArea("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC");
        plan.addTask(area, new vn.laichau.par.domain.model.plan.TaskDefinition("I.1", java.util.Optional.empty(),
                "Báo cáo quý", "UBND huyện Sìn Hồ",
                java.util.List.of(vn.laichau.par.domain.model.agency.ResponsibleParty.agency("UBND_H_SIN_HO")), "",
                java.util.List.of(), "Trước ngày 15 tháng cuối quý",
                vn.laichau.par.domain.model.plan.EvidenceRequirement.of("Báo cáo"), java.util.Optional.empty()));
        Expansion in2025 = EXPANDER.expand(plan, 2025);
        assertThat(in2025.occurrences()).filteredOn(o -> o.due().date().isBefore(java.time.LocalDate.of(2025, 7, 1)))
                .extracting(o -> o.agency().getCode()).containsOnly("UBND_H_SIN_HO").hasSize(2);
        assertThat(in2025.occurrences()).filteredOn(o -> o.due().date().isAfter(java.time.LocalDate.of(2025, 6, 30)))
                .hasSize(2 * 9).extracting(o -> o.agency().getKind())
                .containsOnly(vn.laichau.par.domain.model.agency.AgencyKind.COMMUNE_COMMITTEE);
        assertThat(EXPANDER.expand(plan, 2026).occurrences()).hasSize(4 * 9)
                .extracting(o -> o.agency().getName()).contains("Ủy ban nhân dân xã Lê Lợi", "Ủy ban nhân dân xã Pa Tần");
    }

    @Test
    void aPlannedOccurrenceOpensAsAnOccurrenceAskingForTheTasksEvidence() {
        PlannedOccurrence planned = EXPANDER.expand(SHIPPED.plan(), 2018).occurrences().get(0);
        Occurrence occurrence = planned.open(11L, 22L);
        assertThat(occurrence.taskId()).isEqualTo(11L);
        assertThat(occurrence.agencyId()).isEqualTo(22L);
        assertThat(occurrence.dueDate()).isEqualTo(planned.due().date());
        assertThat(occurrence.evidenceRequired()).isEqualTo(planned.task().requiresEvidence());
    }

    private static java.util.List<DueDate> dueOf(Expansion expansion, String code) {
        return expansion.occurrences().stream().filter(o -> o.task().code().equals(code))
                .map(PlannedOccurrence::due).toList();
    }

    private static java.util.List<String> agenciesOf(Expansion expansion, String code) {
        return expansion.occurrences().stream().filter(o -> o.task().code().equals(code))
                .map(PlannedOccurrence::agency).map(Agency::getCode).distinct().toList();
    }
}
