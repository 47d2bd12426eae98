package vn.laichau.par.api.parindex;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.parindex.Component;
import vn.laichau.par.domain.parindex.FrameworkFile;
import vn.laichau.par.domain.parindex.PointsAtRisk;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository.Version;

/** The JSON shapes of the PAR INDEX framework. */
public final class ParIndexResponses {

    private ParIndexResponses() {
    }

    /** A version: the decision it follows, the first PAR year it scores, its components and their points. */
    public record VersionSummary(long id, String code, String name, int firstYear, Instant importedAt,
                                 int components, BigDecimal totalPoints) {
        static VersionSummary of(Version v) {
            return new VersionSummary(v.id(), v.code(), v.name(), v.firstYear(), v.importedAt(), v.components(),
                    v.totalPoints());
        }
    }

    /** One component with the tasks and indicators mapped to it. */
    public record ComponentResponse(long id, int areaNo, String areaName, String criterionCode, String criterionName,
                                    String code, String name, BigDecimal maxPoints, String scoring,
                                    String scoringVi, String note, List<Long> taskIds, List<Long> indicatorIds) {
        static ComponentResponse of(Component c, Map<Long, List<Long>> tasks, Map<Long, List<Long>> indicators) {
            return new ComponentResponse(c.id(), c.areaNo(), c.areaName(), c.criterionCode(), c.criterionName(),
                    c.code(), c.name(), c.maxPoints(), c.scoring().name(), c.scoring().labelVi(), c.note(),
                    tasks.getOrDefault(c.id(), List.of()), indicators.getOrDefault(c.id(), List.of()));
        }
    }

    /** A version with its components; after an import, the rows of the file left out and why. */
    public record VersionResponse(VersionSummary version, List<ComponentResponse> components,
                                  List<Warning> warnings) {
        static VersionResponse of(ParIndexFramework.VersionView view, List<FrameworkFile.RowWarning> warnings) {
            return new VersionResponse(VersionSummary.of(view.version()), view.components().stream()
                    .map(c -> ComponentResponse.of(c, view.tasks(), view.indicators())).toList(),
                    warnings.stream().map(w -> new Warning(w.rowNumber(), w.messageVi(), w.messageEn())).toList());
        }
    }

    /** A row of the file left out. */
    public record Warning(int rowNumber, String messageVi, String messageEn) {
    }

    /** Tasks mapped to a component. */
    public record TaskMapping(List<Long> taskIds) {
    }

    /** Indicators mapped to a component. */
    public record IndicatorMapping(List<Long> indicatorIds) {
    }

    /**
     * A plan year's points at risk.
     *
     * @param evidence      the components scored with evidence, largest risk first
     * @param notControlled survey and statistic components: not controlled by tasks
     * @param agencies      the agencies holding points at risk, most first (an official sees their own)
     */
    public record RiskResponse(long planId, String planNumber, int year, VersionSummary version, BigDecimal maximum,
                               BigDecimal atRisk, BigDecimal projected, BigDecimal notControlledMaximum,
                               List<ComponentRisk> evidence, List<NotControlled> notControlled,
                               List<AgencyRisk> agencies) {
        static RiskResponse of(ParIndexFramework.Risk risk) {
            PointsAtRisk.Result r = risk.result();
            return new RiskResponse(risk.plan().id(), risk.plan().number(), risk.year(),
                    VersionSummary.of(risk.version()), r.maximum(), r.atRisk(), r.projected(),
                    r.notControlledMaximum(),
                    r.evidence().stream().map(c -> new ComponentRisk(c.component().id(), c.component().code(),
                            c.component().name(), c.component().areaNo(), c.component().maxPoints(), c.atRisk(),
                            c.obligations(), c.doneWithEvidence(), c.tracked())).toList(),
                    r.notControlled().stream().map(c -> new NotControlled(c.id(), c.code(), c.name(), c.areaNo(),
                            c.maxPoints(), c.scoring().name(), c.scoring().labelVi())).toList(),
                    r.agencies().stream().map(a -> new AgencyRisk(a.agencyId(),
                            risk.agencyNames().getOrDefault(a.agencyId(), String.valueOf(a.agencyId())), a.atRisk(),
                            a.obligationsOutstanding())).toList());
        }
    }

    /**
     * @param tracked false when no task of the plan is mapped to it: all its points are at risk
     */
    public record ComponentRisk(long id, String code, String name, int areaNo, BigDecimal maxPoints,
                                BigDecimal atRisk, long obligations, long doneWithEvidence, boolean tracked) {
    }

    public record NotControlled(long id, String code, String name, int areaNo, BigDecimal maxPoints, String scoring,
                                String scoringVi) {
    }

    public record AgencyRisk(long agencyId, String agencyName, BigDecimal atRisk, long obligationsOutstanding) {
    }
}
