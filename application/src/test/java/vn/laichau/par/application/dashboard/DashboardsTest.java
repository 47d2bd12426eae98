package vn.laichau.par.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

class DashboardsTest {

    /** Early on 2 January in Lai Châu, still 1 January in UTC: today is the 2nd. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-01-01T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private static long planId;

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    private static <T> T with(Function<Dashboards, T> call) {
        return Jpa.inTransaction(em -> call.apply(dashboards(em)));
    }

    /** The tests' calls run in a transaction of their own already. */
    private static final UnitOfWork IN_THE_CALLERS_TRANSACTION = new UnitOfWork() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    private static Dashboards dashboards(EntityManager em) {
        return new Dashboards(new PlanRepository(em), new OccurrenceRepository(em), new IndicatorRepository(em, CLOCK),
                new ParIndexRepository(em, CLOCK), new DashboardQueries(em), IN_THE_CALLERS_TRANSACTION, CLOCK);
    }

    @Test
    void statusCountsByAreaAndByAgencyAddUpToThePlanYearsOccurrencesOnTheClocksDay() {
        long occurrences = Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id "
                + "WHERE t.plan_id = " + planId + " AND o.plan_year = 2018");
        Answer<StatusDashboard> byArea = with(d -> d.status(planId, 2018, "area"));
        Answer<StatusDashboard> byAgency = with(d -> d.status(planId, 2018, "agency"));
        assertThat(byArea.value().today()).isEqualTo(LocalDate.of(2019, 1, 2));
        assertThat(byArea.value().rows().stream().mapToLong(StatusDashboard.Row::total).sum()).isEqualTo(occurrences);
        assertThat(byAgency.value().rows().stream().mapToLong(StatusDashboard.Row::total).sum()).isEqualTo(occurrences);
        assertThat(byAgency.value().rows()).allSatisfy(r -> assertThat(r.name()).isNotBlank());
        assertThat(byArea.tag()).isNotEqualTo(byAgency.tag());
        List<String> numerals = byArea.value().rows().stream().map(r -> r.name().substring(0, r.name().indexOf('.')))
                .toList();
        List<String> planOrder = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
        assertThat(numerals).as("areas as the plan lists them").hasSizeGreaterThan(1)
                .isSortedAccordingTo(Comparator.comparing(planOrder::indexOf));
        assertThat(byAgency.value().rows()).extracting(StatusDashboard.Row::name).as("agencies by Vietnamese name")
                .hasSizeGreaterThan(1).isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("vi")));
    }

    @Test
    void anAnswerIsKeptWithTheSameTagWhileTheDataIsUnchanged() {
        Answer<OverdueDashboard> first = with(d -> d.overdue(planId, 2018));
        Answer<OverdueDashboard> again = with(d -> d.overdue(planId, 2018));
        assertThat(again.tag()).isEqualTo(first.tag());
        assertThat(first.value().items()).isNotEmpty().allSatisfy(i -> assertThat(i.daysOverdue()).isPositive());
    }

    @Test
    void onTimeRatesCoverThePlansPeriodUnlessNarrowed() {
        Answer<OnTimeRateDashboard> whole = with(d -> d.onTimeRates(planId, Optional.empty(), Optional.empty()));
        assertThat(whole.value().fromYear()).isEqualTo(2017);
        assertThat(whole.value().toYear()).isEqualTo(2020);
        Answer<OnTimeRateDashboard> one = with(d -> d.onTimeRates(planId, Optional.of(2018), Optional.of(2018)));
        assertThat(one.value().rows()).allSatisfy(r -> assertThat(r.years()).allSatisfy(y -> {
            assertThat(y.year()).isEqualTo(2018);
            assertThat(y.onTimeRate()).isBetween(0.0, 1.0);
        }));
        assertThatThrownBy(() -> with(d -> d.onTimeRates(planId, Optional.of(2019), Optional.of(2018))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-parameter"));
        assertThatThrownBy(() -> with(d -> d.onTimeRates(planId, Optional.of(2030), Optional.empty())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations()).extracting(Refusal.Violation::field)
                        .containsExactly("from"));
    }

    @Test
    void aWrongYearGroupingOrPlanIsRefused() {
        assertThatThrownBy(() -> with(d -> d.status(planId, 1800, "area")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-year"));
        assertThatThrownBy(() -> with(d -> d.status(planId, 2018, "district")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-dashboard-grouping"));
        assertThatThrownBy(() -> with(d -> d.overdue(999_999, 2018)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("plan-not-found"));
        assertThatThrownBy(() -> with(d -> d.indicatorsBehind(planId, 2030)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("year-outside-plan"));
    }

    @Test
    void indicatorsWithATargetAreMetBehindOrNotReported() {
        IndicatorsBehind behind = with(d -> d.indicatorsBehind(planId, 2018));
        long indicators = Jpa.count("SELECT COUNT(*) FROM indicator WHERE plan_id = " + planId);
        assertThat(behind.met() + behind.behind().size() + behind.notReported().size() + behind.withoutTarget())
                .isEqualTo((int) indicators);
        assertThat(behind.notReported()).allSatisfy(i -> assertThat(i.actual()).isNull());
    }

    @Test
    void theParIndexTrendGoesYearByYearWithTheChangeFromTheYearBefore() {
        ParIndexTrend trend = with(d -> d.parIndexTrend(" Lai Châu "));
        assertThat(trend.province()).isEqualTo("Lai Châu");
        assertThat(trend.years()).extracting(ParIndexTrend.Year::year).isSorted().hasSizeGreaterThan(1);
        assertThat(trend.years().get(0).change()).isNull();
        assertThat(trend.years().get(1).change())
                .isEqualByComparingTo(trend.years().get(1).score().subtract(trend.years().get(0).score()));
    }
}
