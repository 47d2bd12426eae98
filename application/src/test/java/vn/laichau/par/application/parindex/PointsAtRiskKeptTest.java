package vn.laichau.par.application.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.parindex.PointsAtRisk;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * The points at risk are kept while nothing they are computed from changes, as one instance of the use case
 * serves every request: the same answer while the data stays, a new one once an obligation is done with evidence
 * or the tasks mapped to a component change.
 */
class PointsAtRiskKeptTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-06-01T02:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int YEAR = 2019;
    private static final Actor ADMIN = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);

    private static long planId;
    private static long task;

    /** One instance across transactions, as the container's application-scoped bean. */
    private static final ParIndexFramework FRAMEWORK = framework(Jpa.transactionsEntityManager());

    private static ParIndexFramework framework(EntityManager em) {
        return new ParIndexFramework(new ParIndexFrameworkRepository(em, CLOCK), new PlanRepository(em),
                new DashboardQueries(em), new OfficialRepository(em), new AgencyRepository(em), "SO_NOI_VU", CLOCK);
    }

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        task = Jpa.count("SELECT MIN(t.id) FROM task t JOIN occurrence o ON o.task_id = t.id WHERE t.plan_id = "
                + planId + " AND o.plan_year = " + YEAR + " AND o.finished_on IS NULL");
    }

    private static <T> T with(Function<ParIndexFramework, T> call) {
        return Jpa.inBoundTransaction(em -> call.apply(FRAMEWORK));
    }

    private static PointsAtRisk.ComponentRisk component(ParIndexFramework.Risk risk, String code) {
        return risk.result().evidence().stream().filter(c -> c.component().code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void theAnswerIsKeptUntilAnObligationIsDoneWithEvidenceOrTheMappingChanges() {
        String file = "area_no\tarea_name\tcriterion_code\tcriterion_name\tcomponent_code\tcomponent_name\tmax_points"
                + "\tscoring\tnote\n"
                + "1\tChỉ đạo, điều hành\t1.1\tKế hoạch CCHC\t1.1.1\tBan hành kế hoạch CCHC\t4\tEVIDENCE\t\n"
                + "8\tTác động\t8.1\tSIPAS\t8.1.1\tSự hài lòng\t10\tSURVEY\t\n";
        long component = with(f -> f.importVersion(ADMIN, "2/QĐ-THU", "Bộ tiêu chí thử", 2017,
                file.getBytes(StandardCharsets.UTF_8), "tieu-chi.tsv")).view().components().get(0).id();
        with(f -> f.mapTasks(ADMIN, component, List.of(task)));
        long obligations = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = " + YEAR + " AND task_id = "
                + task);
        long done = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = " + YEAR + " AND task_id = " + task
                + " AND finished_on IS NOT NULL AND evidence_count > 0");

        ParIndexFramework.Risk first = with(f -> f.pointsAtRisk(planId, YEAR, Optional.empty(), Optional.empty()));
        assertThat(component(first, "1.1.1").obligations()).isEqualTo(obligations);
        assertThat(component(first, "1.1.1").doneWithEvidence()).isEqualTo(done);
        assertThat(first.result().agencies()).isNotEmpty();
        ParIndexFramework.Risk again = with(f -> f.pointsAtRisk(planId, YEAR, Optional.empty(), Optional.empty()));
        assertThat(again.result()).as("kept while nothing changed").isSameAs(first.result());

        // an agency's share of the kept answer: its own row and shares, and its name
        long holder = first.result().agencies().get(0).agencyId();
        ParIndexFramework.Risk own = with(f -> f.pointsAtRisk(planId, YEAR, Optional.empty(), Optional.of(holder)));
        assertThat(own.result().agencies()).extracting(PointsAtRisk.AgencyRisk::agencyId).containsExactly(holder);
        assertThat(own.shares()).isNotEmpty().allSatisfy(s -> assertThat(s.agencyId()).isEqualTo(holder));
        assertThat(own.agencyNames()).containsOnlyKeys(holder);
        assertThat(own.result().atRisk()).isEqualByComparingTo(first.result().atRisk());
        long idle = Jpa.count("SELECT MIN(id) FROM agency WHERE id NOT IN (SELECT agency_id FROM occurrence)");
        ParIndexFramework.Risk none = with(f -> f.pointsAtRisk(planId, YEAR, Optional.empty(), Optional.of(idle)));
        assertThat(none.result().agencies()).isEmpty();
        assertThat(none.agencyNames().get(idle)).as("an agency holding nothing is still named").isNotBlank();

        // one of the task's open obligations finished with an evidence file
        long open = Jpa.count("SELECT MIN(id) FROM occurrence WHERE plan_year = " + YEAR + " AND task_id = " + task
                + " AND finished_on IS NULL");
        Jpa.run(em -> em.createNativeQuery("UPDATE occurrence SET finished_on = '2019-05-30', evidence_count = 1, "
                + "progress_percent = 100 WHERE id = " + open).executeUpdate());
        ParIndexFramework.Risk finished = with(f -> f.pointsAtRisk(planId, YEAR, Optional.empty(), Optional.empty()));
        assertThat(component(finished, "1.1.1").doneWithEvidence()).isEqualTo(done + 1);
        assertThat(finished.result().atRisk()).isLessThan(first.result().atRisk());

        // no task mapped any more: all of the component's points at risk
        with(f -> f.mapTasks(ADMIN, component, List.of()));
        ParIndexFramework.Risk unmapped = with(f -> f.pointsAtRisk(planId, YEAR, Optional.empty(), Optional.empty()));
        assertThat(component(unmapped, "1.1.1").tracked()).isFalse();
        assertThat(unmapped.result().atRisk()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(unmapped.result().agencies()).isEmpty();
    }
}
