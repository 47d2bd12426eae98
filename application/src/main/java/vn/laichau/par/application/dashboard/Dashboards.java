package vn.laichau.par.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorTarget;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.occurrence.StatusCount;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * The monitoring agency looks at its dashboards: a plan year's occurrences by area or agency and status, its
 * overdue list, each agency's on-time rate per plan year, the indicators behind target and the PAR INDEX trend.
 * Today comes from the clock; the occurrence dashboards' answers are kept while the data behind them has not
 * changed ({@link SummaryCache}), each with a tag of its content.
 */
@ApplicationScoped
public class Dashboards {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private final PlanRepository plans;
    private final OccurrenceRepository occurrences;
    private final IndicatorRepository indicators;
    private final ParIndexRepository parIndex;
    private final DashboardQueries queries;
    private final UnitOfWork transactions;
    private final Clock clock;
    private final SummaryCache<StatusDashboard> status = new SummaryCache<>();
    private final SummaryCache<OverdueDashboard> overdue = new SummaryCache<>();
    private final SummaryCache<OnTimeRateDashboard> onTime = new SummaryCache<>();
    private final SummaryCache<MonthlyDashboard> monthly = new SummaryCache<>();

    @Inject
    public Dashboards(PlanRepository plans, OccurrenceRepository occurrences, IndicatorRepository indicators,
                      ParIndexRepository parIndex, DashboardQueries queries, UnitOfWork transactions, Clock clock) {
        this.plans = plans;
        this.occurrences = occurrences;
        this.indicators = indicators;
        this.parIndex = parIndex;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected Dashboards() {
        this(null, null, null, null, null, null, null);
    }

    /** A plan year's occurrences counted by {@code by} ({@code area} or {@code agency}) and status, with on-time rates. */
    public Answer<StatusDashboard> status(long planId, int year, String by) {
        checkYear(year);
        Plan plan = plan(planId);
        if (!"area".equals(by) && !"agency".equals(by)) {
            throw Refusal.invalid("invalid-dashboard-grouping", "by phải là area hoặc agency", "by must be area or agency",
                    List.of());
        }
        return cached(status, List.of(planId, year, by), today -> statusOf(plan, year, by, today));
    }

    /** The open occurrences of a plan year that are past due today, the longest overdue first. */
    public Answer<OverdueDashboard> overdue(long planId, int year) {
        checkYear(year);
        plan(planId);
        return cached(overdue, List.of(planId, year), today -> overdueOf(planId, year, today));
    }

    /**
     * A plan year's occurrences by the month they are due in: due, finished, finished with evidence and overdue
     * today, for each of the twelve months of the year (months without any are zeros).
     */
    public Answer<MonthlyDashboard> months(long planId, int year) {
        checkYear(year);
        plan(planId);
        return cached(monthly, List.of(planId, year), today -> monthsOf(planId, year, today));
    }

    /**
     * Each agency's on-time rate per plan year from {@code from} to {@code to}, both within the plan's period
     * (its first and last year when absent).
     */
    public Answer<OnTimeRateDashboard> onTimeRates(long planId, Optional<Integer> from, Optional<Integer> to) {
        Plan plan = plan(planId);
        List<Integer> years = plan.planYears();
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        int fromYear = within("from", from, first, last).orElse(first);
        int toYear = within("to", to, first, last).orElse(last);
        if (fromYear > toYear) {
            throw invalidParameter("from", "không được sau to", "must not be after to");
        }
        return cached(onTime, List.of(planId, fromYear, toYear), today -> onTimeOf(planId, fromYear, toYear, today));
    }

    /** The indicators behind target in a plan year, the largest shortfall first, and those not reported. */
    @Transactional
    public IndicatorsBehind indicatorsBehind(long planId, int year) {
        Plan plan = plan(planId);
        if (!plan.covers(year)) {
            throw Refusal.invalid("year-outside-plan", "Năm " + year + " không thuộc kỳ kế hoạch",
                    "The year " + year + " lies outside the plan's period", List.of());
        }
        Map<Long, IndicatorValue> values = new HashMap<>();
        Map<Long, BigDecimal> lastYear = new HashMap<>();
        indicators.valuesOfPlan(planId).forEach(v -> {
            if (v.year() == year) {
                values.put(v.indicatorId(), v);
            } else if (v.year() == year - 1) {
                lastYear.put(v.indicatorId(), v.value());
            }
        });
        List<IndicatorsBehind.Item> behind = new ArrayList<>();
        List<IndicatorsBehind.Item> notReported = new ArrayList<>();
        int met = 0;
        int withoutTarget = 0;
        for (Indicator indicator : queries.indicatorsWithTargets(planId)) {
            Optional<IndicatorTarget> target = indicator.targetFor(year);
            if (target.isEmpty()) {
                withoutTarget++;
                continue;
            }
            IndicatorValue value = values.get(indicator.id());
            Optional<BigDecimal> previous = Optional.ofNullable(lastYear.get(indicator.id()));
            Optional<Boolean> judged = value == null ? Optional.empty()
                    : indicator.isMetBy(year, value.value(), previous);
            if (value == null || judged.isEmpty()) {
                notReported.add(item(indicator, year, target.get(), value, previous));
            } else if (judged.get()) {
                met++;
            } else {
                behind.add(item(indicator, year, target.get(), value, previous));
            }
        }
        behind.sort(Comparator.comparing(IndicatorsBehind.Item::shortfall).reversed()
                .thenComparing(IndicatorsBehind.Item::code));
        return new IndicatorsBehind(planId, year, behind, notReported, met, withoutTarget);
    }

    /** A province's PAR INDEX results, oldest year first, with the change of score from the year before. */
    @Transactional
    public ParIndexTrend parIndexTrend(String province) {
        List<ParIndexResult> history = new ArrayList<>(parIndex.history(province.strip()));
        history.sort(Comparator.comparingInt(ParIndexResult::year));
        List<ParIndexTrend.Year> years = new ArrayList<>();
        BigDecimal previous = null;
        for (ParIndexResult result : history) {
            years.add(new ParIndexTrend.Year(result.year(), result.score(), result.maxScore(),
                    result.rank().orElse(null), result.rankedOutOf().orElse(null),
                    previous == null ? null : result.score().subtract(previous), result.areas().stream()
                    .map(a -> new ParIndexTrend.Area(a.area(), a.name(), a.score(), a.maxScore().orElse(null)))
                    .toList(), result.source()));
            previous = result.score();
        }
        return new ParIndexTrend(province.strip(), years);
    }

    /**
     * The kept answer while the data stamp is unchanged, read without a transaction of its own (a kept answer is
     * most of what the dashboards send); a new answer is computed in one transaction, its queries seeing one
     * state of the data.
     */
    private <V> Answer<V> cached(SummaryCache<V> cache, List<Object> request, Function<LocalDate, V> compute) {
        LocalDate today = LocalDate.now(clock);
        List<Object> key = new ArrayList<>(request);
        key.add(today);
        return cache.get(key, queries.dataStamp(), () -> transactions.inTransaction(() -> compute.apply(today)));
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Refusal.invalid("invalid-year", "Năm phải từ 1900 đến 2200", "The year must be between 1900 and 2200",
                    List.of());
        }
    }

    private static Optional<Integer> within(String name, Optional<Integer> year, int first, int last) {
        year.filter(y -> y < first || y > last).ifPresent(y -> {
            throw invalidParameter(name, "phải là số từ " + first + " đến " + last,
                    "must be a number from " + first + " to " + last);
        });
        return year;
    }

    private static Refusal invalidParameter(String name, String messageVi, String messageEn) {
        return Refusal.invalid("invalid-parameter", "Tham số không hợp lệ: " + name, "Invalid parameter: " + name,
                List.of(new Refusal.Violation(name, messageVi, messageEn)));
    }

    private StatusDashboard statusOf(Plan plan, int year, String by, LocalDate today) {
        long planId = plan.id();
        Map<Long, String> names = new HashMap<>();
        List<StatusCount> counts;
        if ("area".equals(by)) {
            for (Area area : plan.areas()) {
                names.put(area.id(), area.numeral() + ". " + area.name());
            }
            counts = occurrences.countByAreaAndStatus(planId, year, today, StatusRule.standard());
        } else {
            counts = occurrences.countByAgencyAndStatus(planId, year, today, StatusRule.standard());
            names.putAll(queries.agencyNames(counts.stream().map(StatusCount::groupId).collect(Collectors.toSet())));
        }
        Map<Long, Map<OccurrenceStatus, Long>> grouped = new LinkedHashMap<>();
        Map<Long, Long> withEvidence = new HashMap<>();
        for (StatusCount count : counts) {
            grouped.computeIfAbsent(count.groupId(), id -> new EnumMap<>(OccurrenceStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
            withEvidence.merge(count.groupId(), count.finishedWithEvidence(), Long::sum);
        }
        List<StatusDashboard.Row> rows = new ArrayList<>();
        grouped.forEach((id, byStatus) -> rows.add(row(id, names.getOrDefault(id, String.valueOf(id)), byStatus,
                withEvidence.getOrDefault(id, 0L))));
        rows.sort("area".equals(by) ? inPlanOrder(plan) : BY_NAME);
        return new StatusDashboard(planId, year, today, by, rows);
    }

    /** Agencies by name, as Vietnamese sorts them ("Sở Tài chính" before "Sở Tư pháp", "Đ" after "D"). */
    private static final Comparator<StatusDashboard.Row> BY_NAME = Comparator.comparing(StatusDashboard.Row::name,
            Collator.getInstance(Locale.forLanguageTag("vi")));

    /** Areas as the plan lists them (I, II, III …). */
    private static Comparator<StatusDashboard.Row> inPlanOrder(Plan plan) {
        Map<Long, Integer> position = new HashMap<>();
        for (Area area : plan.areas()) {
            position.putIfAbsent(area.id(), position.size());
        }
        return Comparator.comparing(row -> position.getOrDefault(row.id(), Integer.MAX_VALUE));
    }

    private static StatusDashboard.Row row(long id, String name, Map<OccurrenceStatus, Long> byStatus,
                                           long finishedWithEvidence) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (OccurrenceStatus status : OccurrenceStatus.values()) {
            long n = byStatus.getOrDefault(status, 0L);
            counts.put(status.name(), n);
            total += n;
        }
        long onTime = counts.get("FINISHED_EARLY") + counts.get("FINISHED_ON_TIME");
        long judged = onTime + counts.get("FINISHED_LATE") + counts.get("OVERDUE");
        return new StatusDashboard.Row(id, name, counts, total, finishedWithEvidence, rate(onTime, judged));
    }

    private OverdueDashboard overdueOf(long planId, int year, LocalDate today) {
        List<DashboardQueries.OverdueRow> rows = queries.overdue(planId, year, today);
        Map<Long, Task> tasks = rows.isEmpty() ? Map.of() : queries.tasksOf(planId);
        Map<Long, String> agencyNames = queries.agencyNames(rows.stream().map(DashboardQueries.OverdueRow::agencyId)
                .collect(Collectors.toSet()));
        List<OverdueDashboard.Item> items = rows.stream()
                .map(o -> {
                    Task task = tasks.get(o.taskId());
                    return new OverdueDashboard.Item(o.id(), task.id(), task.code(), task.shortTitle(), o.agencyId(),
                            agencyNames.getOrDefault(o.agencyId(), String.valueOf(o.agencyId())), o.period(),
                            o.dueDate(), ChronoUnit.DAYS.between(o.dueDate(), today), o.progressPercent());
                })
                .toList();
        return new OverdueDashboard(planId, year, today, items);
    }

    private MonthlyDashboard monthsOf(long planId, int year, LocalDate today) {
        MonthlyDashboard.Month[] months = new MonthlyDashboard.Month[12];
        for (int m = 1; m <= 12; m++) {
            months[m - 1] = new MonthlyDashboard.Month(m, 0, 0, 0, 0);
        }
        MonthlyDashboard.Month elsewhere = new MonthlyDashboard.Month(0, 0, 0, 0, 0);
        for (DashboardQueries.MonthCounts c : queries.monthly(planId, year, today)) {
            MonthlyDashboard.Month month = new MonthlyDashboard.Month(c.month(), c.due(), c.finished(),
                    c.finishedWithEvidence(), c.overdue());
            if (c.month() == 0) {
                elsewhere = month;
            } else {
                months[c.month() - 1] = month;
            }
        }
        return new MonthlyDashboard(planId, year, today, List.of(months), elsewhere.due(), elsewhere.finished(),
                elsewhere.finishedWithEvidence(), elsewhere.overdue());
    }

    private OnTimeRateDashboard onTimeOf(long planId, int fromYear, int toYear, LocalDate today) {
        Map<Long, List<OnTimeRateDashboard.Year>> byAgency = new TreeMap<>();
        for (DashboardQueries.AgencyYearCounts c : queries.agencyYearCounts(planId, fromYear, toYear, today)) {
            long judged = c.onTime() + c.late() + c.overdue();
            if (judged > 0) {
                byAgency.computeIfAbsent(c.agencyId(), a -> new ArrayList<>()).add(new OnTimeRateDashboard.Year(
                        c.year(), c.onTime(), c.late(), c.overdue(), rate(c.onTime(), judged)));
            }
        }
        Map<Long, String> names = queries.agencyNames(byAgency.keySet());
        List<OnTimeRateDashboard.Row> rows = new ArrayList<>();
        byAgency.forEach((id, perYear) -> rows.add(new OnTimeRateDashboard.Row(id,
                names.getOrDefault(id, String.valueOf(id)), perYear)));
        return new OnTimeRateDashboard(planId, fromYear, toYear, today, rows);
    }

    /** Finished early or on time out of the occurrences that are finished or overdue, to three decimals. */
    private static Double rate(long onTime, long judged) {
        return judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 1000.0;
    }

    private static IndicatorsBehind.Item item(Indicator indicator, int year, IndicatorTarget target,
                                              IndicatorValue value, Optional<BigDecimal> lastYear) {
        BigDecimal actual = value == null ? null : value.value();
        BigDecimal shortfall = value == null ? null : indicator.shortfall(year, actual, lastYear).orElse(null);
        return new IndicatorsBehind.Item(indicator.id(), indicator.code(), indicator.areaNumeral().orElse(null),
                indicator.description(), indicator.unit(), target.comparison().name(), target.comparison().symbol(),
                target.threshold(lastYear).orElse(null), actual, shortfall,
                value == null ? null : value.source().orElse(null));
    }
}
