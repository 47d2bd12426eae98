package vn.laichau.par.application.parindex;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.laichau.par.domain.UserText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.laichau.par.application.agency.ProvinceScope;
import vn.laichau.par.application.dashboard.SummaryCache;
import vn.laichau.par.application.plan.AppendixFile;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.SourceRow;
import vn.laichau.par.domain.importing.TableReaders;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.parindex.Component;
import vn.laichau.par.domain.parindex.FrameworkFile;
import vn.laichau.par.domain.parindex.PointsAtRisk;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository.Version;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * The PAR INDEX as versioned data: an administrator imports a version's criteria file (XLSX, CSV or tab-separated
 * text, one row per scored component) and maps the plan's tasks and indicators to its components; Sở Nội vụ and
 * leaders read a plan year's points at risk, an official their own agency's share of them.
 */
@ApplicationScoped
public class ParIndexFramework {

    /** A version as stored, with its components and what is mapped to each. */
    public record VersionView(Version version, List<Component> components, Map<Long, List<Long>> tasks,
                              Map<Long, List<Long>> indicators) {
    }

    /** A version just imported, and the rows of the file that were left out. */
    public record Imported(VersionView view, List<FrameworkFile.RowWarning> warnings) {
    }

    /**
     * A plan year's points at risk of a version, with the names of the agencies holding them; with
     * {@code onlyAgency}, what that agency holds. {@code shares}: each agency's part of each component's points.
     */
    public record Risk(Plan plan, int year, Version version, PointsAtRisk.Result result,
                       Map<Long, String> agencyNames, Optional<Long> onlyAgency, List<PointsAtRisk.Share> shares) {
    }

    /** The whole province's points at risk of a plan year and version, with the names of the agencies holding them. */
    private record Scored(PointsAtRisk.Result result, List<PointsAtRisk.Share> shares, Map<Long, String> agencyNames) {
    }

    private final ParIndexFrameworkRepository framework;
    private final PlanRepository plans;
    private final DashboardQueries names;
    private final OfficialRepository officials;
    private final ProvinceScope province;
    private final Clock clock;
    /** Points at risk kept while the occurrences, tasks, agencies, plans and PAR INDEX versions stay unchanged. */
    private final SummaryCache<Scored> scored = SummaryCache.untagged();

    @Inject
    public ParIndexFramework(ParIndexFrameworkRepository framework, PlanRepository plans, DashboardQueries names,
                             OfficialRepository officials, AgencyRepository agencies,
                             @ConfigProperty(name = "par.alerts.monitoring-agency", defaultValue = "SO_NOI_VU")
                             String monitoringAgencyCode, Clock clock) {
        this.framework = framework;
        this.plans = plans;
        this.names = names;
        this.officials = officials;
        this.province = new ProvinceScope(agencies, monitoringAgencyCode);
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected ParIndexFramework() {
        this.framework = null;
        this.plans = null;
        this.names = null;
        this.officials = null;
        this.province = null;
        this.clock = null;
    }

    /**
     * Imports a version from a criteria file. Rows that cannot be read are left out with a warning each; a file
     * that yields no component at all, a code already used, or a bad code, name or first year is refused.
     */
    @Transactional
    public Imported importVersion(Actor actor, String code, String name, Integer firstYear, byte[] content,
                                  String fileName) {
        String cleanCode = nfc(code);
        String cleanName = nfc(name);
        List<Violation> violations = new ArrayList<>();
        if (cleanCode.isEmpty() || cleanCode.length() > 64) {
            violations.add(new Violation("code", "Cần số hiệu văn bản, tối đa 64 ký tự (ví dụ 876/QĐ-BNV)",
                    "the decision's number is required, at most 64 characters (e.g. 876/QĐ-BNV)"));
        }
        if (cleanName.isEmpty() || cleanName.length() > 500) {
            violations.add(new Violation("name", "Cần tên, tối đa 500 ký tự", "a name is required, at most 500 "
                    + "characters"));
        }
        if (firstYear == null || firstYear < 2012 || firstYear > 2200) {
            violations.add(new Violation("firstYear", "Năm áp dụng đầu tiên từ 2012 đến 2200",
                    "the first year it scores must lie between 2012 and 2200"));
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-par-index-version", "Phiên bản Chỉ số CCHC không hợp lệ",
                    "The PAR INDEX version is invalid", violations);
        }
        if (framework.codeExists(cleanCode)) {
            throw Refusal.conflict("Đã có phiên bản Chỉ số CCHC " + cleanCode,
                    "A PAR INDEX version " + cleanCode + " exists already");
        }
        byte[] bytes = content == null ? new byte[0] : content;
        AppendixFormat format = AppendixFormat.detect(fileName, bytes);
        List<SourceRow> rows = format == AppendixFormat.XLSX ? AppendixFile.workbookRows(bytes)
                : TableReaders.read(bytes, format);
        FrameworkFile.Reading reading = FrameworkFile.read(rows);
        if (reading.components().isEmpty()) {
            throw new ImportException("Tệp không có dòng tiêu chí nào đọc được (" + reading.warnings().size()
                    + " dòng có lỗi).", "The file has no readable component row (" + reading.warnings().size()
                    + " rows with errors).");
        }
        long id = framework.add(cleanCode, cleanName, firstYear, actor, reading.components());
        return new Imported(view(id), reading.warnings());
    }

    /** Every version, the latest first. */
    @Transactional
    public List<Version> versions() {
        return framework.versions();
    }

    /** One version with its components and mappings. */
    @Transactional
    public VersionView view(long versionId) {
        Version version = framework.version(versionId).orElseThrow(() ->
                Refusal.notFound("phiên bản Chỉ số CCHC", "PAR INDEX version", versionId));
        return new VersionView(version, framework.components(versionId), framework.tasksByComponent(versionId),
                framework.indicatorsByComponent(versionId));
    }

    /** Replaces the tasks that earn a component's points; every id must be a stored task. */
    @Transactional
    public VersionView mapTasks(Actor actor, long componentId, Collection<Long> taskIds) {
        long version = versionOf(componentId);
        Set<Long> ids = checkedIds("taskIds", taskIds, framework::existingTasks, "nhiệm vụ", "task");
        framework.mapTasks(componentId, ids, actor);
        return view(version);
    }

    /** Replaces the indicators that measure a component; every id must be a stored indicator. */
    @Transactional
    public VersionView mapIndicators(Actor actor, long componentId, Collection<Long> indicatorIds) {
        long version = versionOf(componentId);
        Set<Long> ids = checkedIds("indicatorIds", indicatorIds, framework::existingIndicators, "chỉ tiêu",
                "indicator");
        framework.mapIndicators(componentId, ids, actor);
        return view(version);
    }

    /**
     * A plan year's points at risk as {@code officialId} may read them: the whole province for admins, leaders and
     * the monitoring agency; any other official's own agency's share.
     */
    @Transactional
    public Risk pointsAtRiskFor(long officialId, long planId, int year, Optional<Long> versionId) {
        Official official = officials.findById(officialId).filter(Official::isActive)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.FORBIDDEN, "account-inactive",
                        "Tài khoản không còn hoạt động", "The account is no longer active"));
        return pointsAtRisk(planId, year, versionId, province.seesWholeProvince(official) ? Optional.empty()
                : Optional.of(official.agencyId()));
    }

    /**
     * The points at risk of the current plan (the latest issued) in its plan year holding today (within the
     * plan's period), by the latest version in force that year, as {@code officialId} may read them.
     */
    @Transactional
    public Risk currentPointsAtRiskFor(long officialId) {
        Plan plan = plans.list().stream().max(Comparator.comparing(Plan::issuedOn).thenComparing(Plan::id))
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "no-plan",
                        "Chưa có kế hoạch nào trong hệ thống", "There is no plan yet"));
        int year = Math.max(plan.firstYear(), Math.min(plan.lastYear(), LocalDate.now(clock).getYear()));
        return pointsAtRiskFor(officialId, plan.id(), year, Optional.empty());
    }

    /**
     * A plan year's points at risk of a version (by default the latest version in force that year). With
     * {@code onlyAgency}, the agencies' list holds that agency alone.
     */
    @Transactional
    public Risk pointsAtRisk(long planId, int year, Optional<Long> versionId, Optional<Long> onlyAgency) {
        Plan plan = plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId));
        if (year < plan.firstYear() || year > plan.lastYear()) {
            throw Refusal.invalidField("year", "Năm phải trong kỳ kế hoạch " + plan.firstYear() + "–"
                    + plan.lastYear(), "the year must lie in the plan's period " + plan.firstYear() + "–"
                    + plan.lastYear());
        }
        Version version = versionId.map(id -> framework.version(id).orElseThrow(() ->
                        Refusal.notFound("phiên bản Chỉ số CCHC", "PAR INDEX version", id)))
                .orElseGet(() -> framework.versions().stream().filter(v -> v.firstYear() <= year).findFirst()
                        .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "no-par-index-version",
                                "Chưa có phiên bản Chỉ số CCHC nào áp dụng cho năm " + year + "; hãy nhập bộ tiêu chí",
                                "No PAR INDEX version applies to " + year + " yet; import the criteria")));
        long chosen = version.id();
        Scored scored = this.scored.get(List.of(planId, year, chosen), names.dataStamp() + "|" + framework.stamp(),
                () -> score(chosen, planId, year)).value();
        if (onlyAgency.isEmpty()) {
            return new Risk(plan, year, version, scored.result(), scored.agencyNames(), onlyAgency, scored.shares());
        }
        long agency = onlyAgency.get();
        PointsAtRisk.Result all = scored.result();
        PointsAtRisk.Result result = new PointsAtRisk.Result(all.evidence(), all.notControlled(), all.maximum(),
                all.atRisk(), all.projected(), all.notControlledMaximum(),
                all.agencies().stream().filter(a -> a.agencyId() == agency).toList());
        List<PointsAtRisk.Share> shares = scored.shares().stream().filter(s -> s.agencyId() == agency).toList();
        Map<Long, String> agencyName = scored.agencyNames().containsKey(agency)
                ? Map.of(agency, scored.agencyNames().get(agency)) : names.agencyNames(Set.of(agency));
        return new Risk(plan, year, version, result, agencyName, onlyAgency, shares);
    }

    /** A plan year's points at risk of a version, for the whole province, with the holding agencies' names. */
    private Scored score(long versionId, long planId, int year) {
        List<Component> components = framework.components(versionId);
        List<vn.laichau.par.domain.parindex.Tally> tallies = framework.tallies(versionId, planId, year);
        PointsAtRisk.Result result = PointsAtRisk.of(components, tallies);
        Set<Long> agencyIds = new HashSet<>();
        result.agencies().forEach(a -> agencyIds.add(a.agencyId()));
        return new Scored(result, PointsAtRisk.shares(components, tallies), Map.copyOf(names.agencyNames(agencyIds)));
    }

    /**
     * The points at risk of a plan year with the latest version that scores it, for a report: empty when the year
     * lies outside the plan's period or no version applies yet, instead of a refusal.
     */
    @Transactional
    public Optional<Risk> pointsAtRiskIfKnown(long planId, int year, Optional<Long> onlyAgency) {
        Optional<Plan> plan = plans.findById(planId);
        boolean scored = framework.versions().stream().anyMatch(v -> v.firstYear() <= year);
        if (plan.isEmpty() || !scored || year < plan.get().firstYear() || year > plan.get().lastYear()) {
            return Optional.empty();
        }
        return Optional.of(pointsAtRisk(planId, year, Optional.empty(), onlyAgency));
    }

    private long versionOf(long componentId) {
        return framework.versionOf(componentId).orElseThrow(() ->
                Refusal.notFound("tiêu chí thành phần", "PAR INDEX component", componentId));
    }

    private static Set<Long> checkedIds(String field, Collection<Long> ids,
                                        java.util.function.Function<Collection<Long>, List<Long>> existing,
                                        String whatVi, String whatEn) {
        if (ids == null || ids.stream().anyMatch(id -> id == null || id < 1) || ids.size() > 1000) {
            throw Refusal.invalidField(field, "Cần danh sách mã " + whatVi + " (số dương, tối đa 1000)",
                    "a list of " + whatEn + " ids is required (positive, at most 1000)");
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        Set<Long> missing = new LinkedHashSet<>(wanted);
        existing.apply(wanted).forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw Refusal.invalidField(field, "Không có " + whatVi + " " + missing, "no " + whatEn + " " + missing);
        }
        return wanted;
    }

    private static String nfc(String text) {
        return text == null ? "" : UserText.cleaned(text, false);
    }
}
