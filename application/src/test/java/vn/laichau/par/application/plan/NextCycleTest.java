package vn.laichau.par.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManager;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

class NextCycleTest {

    private long planId;

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    @Test
    void aNewPlanYearIsCreatedOnce() {
        CreatedCycle first = Jpa.inTransaction(em -> cycles(em).addYear(planId, 2021));
        assertThat(first.occurrencesCreated()).isPositive();
        assertThat(first.plan().lastYear()).isEqualTo(2021);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2021")).isEqualTo(first.occurrencesCreated());
        CreatedCycle again = Jpa.inTransaction(em -> cycles(em).addYear(planId, 2021));
        assertThat(again.occurrencesCreated()).isZero();
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2021")).isEqualTo(first.occurrencesCreated());
    }

    @Test
    void aCopiedPlanGetsItsOccurrencesOnceWithTodaysAgencies() {
        CreatedCycle first = Jpa.inTransaction(em -> cycles(em)
                .copy(planId, "99/KH-UBND", "Kế hoạch CCHC năm 2026", LocalDate.of(2026, 1, 10), 2026, 2026));
        assertThat(first.occurrencesCreated()).isPositive();
        long copyId = first.plan().id();
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE plan_id = " + copyId)).isEqualTo(50 + 2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE body_section IS NOT NULL AND plan_id = " + copyId))
                .isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM area_lead_party l JOIN plan_area a ON a.id = l.area_id"
                + " WHERE a.plan_id = " + copyId)).as("the areas keep their lead agencies").isEqualTo(15);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN agency a ON a.id = o.agency_id "
                + "JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + copyId + " AND a.kind = 'DISTRICT_COMMITTEE'"))
                .isZero();
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN agency a ON a.id = o.agency_id "
                + "JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + copyId + " AND t.code = 'TCTH.2'"
                + " AND a.kind = 'COMMUNE_COMMITTEE' AND o.due_date = '2026-12-25'"))
                .as("the communes carry on the districts' yearly report").isEqualTo(38);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + copyId + " AND t.code = 'TCTH.2'")).isEqualTo(13 + 38);
        CreatedCycle again = Jpa.inTransaction(em -> cycles(em)
                .copy(planId, "99/KH-UBND", "Kế hoạch CCHC năm 2026", LocalDate.of(2026, 1, 10), 2026, 2026));
        assertThat(again.occurrencesCreated()).isZero();
        assertThat(again.plan().id()).isEqualTo(copyId);
        assertThat(Jpa.count("SELECT COUNT(*) FROM plan")).isEqualTo(2);
    }

    @Test
    void aYearBeforeThePlanOrOutOfRangeAndAnUnknownPlanAreRefused() {
        assertThatThrownBy(() -> Jpa.run(em -> cycles(em).addYear(planId, 2016)))
                .isInstanceOf(InvalidPlanDataException.class);
        assertThatThrownBy(() -> Jpa.run(em -> cycles(em).addYear(planId, 3000)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-next-year"));
        assertThatThrownBy(() -> Jpa.run(em -> cycles(em).addYear(999_999, 2021)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("plan-not-found"));
        assertThatThrownBy(() -> Jpa.run(em -> cycles(em).copy(planId, "", "Kế hoạch", LocalDate.of(2026, 1, 10),
                2026, 2020))).isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("invalid-plan-copy");
                    assertThat(r.violations()).extracting(Refusal.Violation::field).containsExactly("number", "lastYear");
                });
        assertThat(Jpa.count("SELECT COUNT(*) FROM plan")).isEqualTo(1);
    }

    private static NextCycle cycles(EntityManager em) {
        return new NextCycle(new PlanRepository(em), new AgencyRepository(em), UseCases.occurrenceCreation(em));
    }
}
