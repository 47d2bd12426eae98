package vn.laichau.par.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.indicator.ParIndexResults;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.report.ReportQueries;
import vn.laichau.par.persistence.report.ReportQueries.OccurrenceLine;
import vn.laichau.par.persistence.report.WrittenSectionRepository;

/**
 * An official asks for the report of a plan, a year, a period (quý I, 6 tháng, 9 tháng, năm) and an agency or
 * the whole province: the scorecard workbook (XLSX) or the draft of the CCHC report (DOCX). Both are made from one
 * reading of the data, statuses judged today in the configured zone; who may read which is
 * {@link ReportAccess}'s rule.
 */
@ApplicationScoped
public class PeriodicReports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanRepository plans;
    private final ReportQueries queries;
    private final DashboardQueries names;
    private final IndicatorRepository indicators;
    private final ParIndexRepository parIndex;
    private final WrittenSectionRepository sections;
    private final ParIndexFramework framework;
    private final ReportAccess access;
    private final Clock clock;

    @Inject
    public PeriodicReports(PlanRepository plans, ReportQueries queries, DashboardQueries names,
                           IndicatorRepository indicators, ParIndexRepository parIndex,
                           WrittenSectionRepository sections, ParIndexFramework framework,
                           OfficialRepository officials, AgencyRepository agencies,
                           @ConfigProperty(name = "par.alerts.monitoring-agency", defaultValue = "SO_NOI_VU")
                           String monitoringAgencyCode, Clock clock) {
        this.plans = plans;
        this.queries = queries;
        this.names = names;
        this.indicators = indicators;
        this.parIndex = parIndex;
        this.sections = sections;
        this.framework = framework;
        this.access = new ReportAccess(officials, agencies, monitoringAgencyCode);
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected PeriodicReports() {
        this.plans = null;
        this.queries = null;
        this.names = null;
        this.indicators = null;
        this.parIndex = null;
        this.sections = null;
        this.framework = null;
        this.access = null;
        this.clock = null;
    }

    /**
     * What a report named in a chat means: the current plan (the latest issued), its plan year that holds today
     * (within the plan's period) unless {@code year} is given, the period under way unless {@code period} is
     * given, and the official's own agency or, with {@code province}, the whole province. Who may read it is
     * checked when the report is made ({@link #draft}).
     */
    @Transactional
    public DraftRequest currentRequest(long officialId, Optional<ReportPeriod> period, Optional<Integer> year,
                                       boolean province) {
        Official official = access.acting(officialId);
        Plan plan = plans.list().stream().max(Comparator.comparing(Plan::issuedOn).thenComparing(Plan::id))
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "no-plan", "Chưa có kế hoạch nào trong hệ thống",
                        "There is no plan yet"));
        LocalDate today = LocalDate.now(clock);
        int chosenYear = year.orElse(Math.max(plan.firstYear(), Math.min(plan.lastYear(), today.getYear())));
        return new DraftRequest(plan.id(), chosenYear, period.orElse(ReportPeriod.current(chosenYear, today)),
                province ? Optional.empty() : Optional.of(official.agencyId()));
    }

    /**
     * The province's report of the period under way in the current plan's year holding today (as
     * {@link #currentRequest} reads it); empty when there is no plan.
     */
    @Transactional
    public Optional<DraftRequest> currentProvinceRequest() {
        LocalDate today = LocalDate.now(clock);
        return plans.list().stream().max(Comparator.comparing(Plan::issuedOn).thenComparing(Plan::id)).map(plan -> {
            int year = Math.max(plan.firstYear(), Math.min(plan.lastYear(), today.getYear()));
            return new DraftRequest(plan.id(), year, ReportPeriod.current(year, today), Optional.empty());
        });
    }

    /** The draft {@link #currentRequest} names. */
    @Transactional
    public ReportFile draft(long officialId, DraftRequest request) {
        return draft(officialId, request.planId(), request.year(), request.period(), request.agencyId());
    }

    /** One report of a plan: its year, period and agency (empty for the whole province). */
    public record DraftRequest(long planId, int year, ReportPeriod period, Optional<Long> agencyId) {
    }

    /** The scorecard workbook. */
    @Transactional
    public ReportFile scorecard(long officialId, long planId, int year, ReportPeriod period, Optional<Long> agencyId) {
        ReportContent content = read(officialId, planId, year, period, agencyId);
        byte[] bytes = new ScorecardWorkbook(content, ParIndexResults.DEFAULT_PROVINCE).write();
        return new ReportFile(fileName("bang-diem", content) + ".xlsx", XLSX, bytes);
    }

    /** The draft of the periodic CCHC report. */
    @Transactional
    public ReportFile draft(long officialId, long planId, int year, ReportPeriod period, Optional<Long> agencyId) {
        ReportContent content = read(officialId, planId, year, period, agencyId);
        byte[] bytes = new CchcReportDocument(content, ParIndexResults.DEFAULT_PROVINCE).write();
        return new ReportFile(fileName("bao-cao-cchc", content) + ".docx", ReportFile.DOCX, bytes);
    }

    private ReportContent read(long officialId, long planId, int year, ReportPeriod period, Optional<Long> agencyId) {
        Official official = access.acting(officialId);
        Plan plan = plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId));
        if (year < plan.firstYear() - 1 || year > plan.lastYear() + 1) {
            throw Refusal.invalid("invalid-parameter", "Tham số không hợp lệ: year", "Invalid parameter: year",
                    List.of(new Refusal.Violation("year", "phải từ " + (plan.firstYear() - 1) + " đến "
                            + (plan.lastYear() + 1), "must be from " + (plan.firstYear() - 1) + " to "
                            + (plan.lastYear() + 1))));
        }
        Optional<Agency> agency = access.scope(agencyId);
        access.mayRead(official, agencyId);
        Agency issuer = agency.orElseGet(access::monitoringAgency);
        LocalDate from = period.firstDay(year);
        LocalDate to = period.lastDay(year);
        List<OccurrenceLine> lines = queries.occurrencesDue(planId, from, to, agencyId);
        Map<Long, Task> tasks = new LinkedHashMap<>();
        plan.tasks().forEach(t -> tasks.put(t.id(), t));
        Set<Long> agencyIds = new HashSet<>();
        lines.forEach(l -> agencyIds.add(l.agencyId()));
        Map<Long, IndicatorValue> values = new HashMap<>();
        Map<Long, IndicatorValue> lastYearValues = new HashMap<>();
        indicators.valuesOfPlan(planId).forEach(v -> {
            if (v.year() == year) {
                values.put(v.indicatorId(), v);
            } else if (v.year() == year - 1) {
                lastYearValues.put(v.indicatorId(), v);
            }
        });
        List<ParIndexResult> history = parIndex.history(ParIndexResults.DEFAULT_PROVINCE).stream()
                .filter(r -> r.year() <= year).sorted(Comparator.comparingInt(ParIndexResult::year)).toList();
        return new ReportContent(plan, year, period, agency, issuer, LocalDate.now(clock), ZonedDateTime.now(clock),
                plan.areas(), tasks, names.agencyNames(agencyIds), lines,
                queries.evidenceNames(planId, from, to, agencyId), queries.grantedExtensions(planId, from, to, agencyId),
                names.indicatorsWithTargets(planId), values, lastYearValues, history, sections.find(planId, agencyId),
                framework.pointsAtRiskIfKnown(planId, year, agencyId));
    }

    private static String fileName(String kind, ReportContent content) {
        return kind + "-" + content.year() + "-" + content.period().name().toLowerCase().replace('_', '-')
                + content.agency().map(a -> "-don-vi-" + a.getId()).orElse("-toan-tinh");
    }
}
