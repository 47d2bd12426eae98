package vn.laichau.par.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.persistence.Jpa;

class NextCycleTest {

    private long planId;

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    @Test
    void aNewPlanYearIsCreatedOnce() {
        NextCycle first = Jpa.inTransaction(em -> new PlanRepository(em).addPlanYear(planId, 2021));
        assertThat(first.occurrencesCreated()).isPositive();
        assertThat(first.plan().lastYear()).isEqualTo(2021);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2021")).isEqualTo(first.occurrencesCreated());
        NextCycle again = Jpa.inTransaction(em -> new PlanRepository(em).addPlanYear(planId, 2021));
        assertThat(again.occurrencesCreated()).isZero();
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2021")).isEqualTo(first.occurrencesCreated());
    }

    @Test
    void aCopiedPlanGetsItsOccurrencesOnceWithTodaysAgencies() {
        NextCycle first = Jpa.inTransaction(em -> new PlanRepository(em)
                .copyPlan(planId, "99/KH-UBND", "Kế hoạch CCHC năm 2026", LocalDate.of(2026, 1, 10), 2026, 2026));
        assertThat(first.occurrencesCreated()).isPositive();
        long copyId = first.plan().id();
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE plan_id = " + copyId)).isEqualTo(50);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN agency a ON a.id = o.agency_id "
                + "JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + copyId + " AND a.kind = 'DISTRICT_COMMITTEE'"))
                .isZero();
        NextCycle again = Jpa.inTransaction(em -> new PlanRepository(em)
                .copyPlan(planId, "99/KH-UBND", "Kế hoạch CCHC năm 2026", LocalDate.of(2026, 1, 10), 2026, 2026));
        assertThat(again.occurrencesCreated()).isZero();
        assertThat(again.plan().id()).isEqualTo(copyId);
        assertThat(Jpa.count("SELECT COUNT(*) FROM plan")).isEqualTo(2);
    }
}
