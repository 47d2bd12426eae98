package vn.laichau.par.application.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.report.ReportQueries.GrantedExtension;
import vn.laichau.par.persistence.report.ReportQueries.OccurrenceLine;
import vn.laichau.par.persistence.report.WrittenSectionRepository.WrittenSections;

/**
 * Everything a report of one plan, period and scope (an agency, or the whole province) shows, read once in one
 * transaction and then written out as a workbook or a document.
 *
 * @param agency    the agency reported on; empty for the whole province
 * @param issuer    the agency that signs: the agency reported on, or the monitoring agency for the province
 * @param today     the day statuses are judged on (in the configured zone)
 * @param madeAt    when the report was made, in the configured zone
 * @param lines     the occurrences due in the period, in task order then due date
 * @param evidence  evidence file names by occurrence
 * @param granted   extensions granted by occurrence
 * @param values    the indicators' values of the report's year, by indicator id
 * @param lastYearValues the indicators' values of the year before, by indicator id, for targets "cao hơn năm trước"
 * @param parIndex  the province's PAR INDEX results up to the report's year, oldest first
 * @param written   the sections the agency wrote, when it has
 * @param risk      the PAR INDEX points at risk of the year (the agency's share for an agency's report), when a
 *                  version of the criteria scores that year
 */
record ReportContent(Plan plan, int year, ReportPeriod period, Optional<Agency> agency, Agency issuer,
                     LocalDate today,
                     ZonedDateTime madeAt, List<Area> areas, Map<Long, Task> tasks, Map<Long, String> agencyNames,
                     List<OccurrenceLine> lines, Map<Long, List<String>> evidence,
                     Map<Long, List<GrantedExtension>> granted, List<Indicator> indicators,
                     Map<Long, IndicatorValue> values, Map<Long, IndicatorValue> lastYearValues,
                     List<ParIndexResult> parIndex,
                     Optional<WrittenSections> written, Optional<ParIndexFramework.Risk> risk) {

    /** The actual value of an indicator in the year before the report's, if recorded. */
    Optional<java.math.BigDecimal> lastYearValue(Indicator indicator) {
        return Optional.ofNullable(lastYearValues.get(indicator.id())).map(IndicatorValue::value);
    }

    LocalDate firstDay() {
        return period.firstDay(year);
    }

    LocalDate lastDay() {
        return period.lastDay(year);
    }

    String agencyName(long id) {
        return agencyNames.getOrDefault(id, String.valueOf(id));
    }

    /** What is reported on: the agency's name, or "toàn tỉnh …" for the whole province. */
    String scopeName(String provinceName) {
        return agency.map(Agency::getName).orElse("toàn tỉnh " + provinceName);
    }

    int extensionsOf(long occurrenceId) {
        return granted.getOrDefault(occurrenceId, List.of()).size();
    }

    List<String> evidenceOf(long occurrenceId) {
        return evidence.getOrDefault(occurrenceId, List.of());
    }

    Area areaOf(OccurrenceLine line) {
        return tasks.get(line.taskId()).area();
    }

    /** Counts per agency, in the order of their names. */
    Map<Long, Tally> byAgency() {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        agencyNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> tallies.put(e.getKey(), new Tally()));
        for (OccurrenceLine line : lines) {
            tallies.computeIfAbsent(line.agencyId(), a -> new Tally()).add(line, extensionsOf(line.id()), today);
        }
        tallies.values().removeIf(t -> t.due == 0);
        return tallies;
    }

    /** Counts per area of the plan by area id, in plan order, every area present (zero when nothing fell due). */
    Map<Long, Tally> byArea() {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        areas.forEach(a -> tallies.put(a.id(), new Tally()));
        for (OccurrenceLine line : lines) {
            tallies.computeIfAbsent(areaOf(line).id(), a -> new Tally()).add(line, extensionsOf(line.id()), today);
        }
        return tallies;
    }

    /** The lines of one area, in task order then due date. */
    List<OccurrenceLine> linesOf(Area area) {
        return lines.stream().filter(l -> areaOf(l).id().equals(area.id())).toList();
    }

    Tally total() {
        Tally total = new Tally();
        for (OccurrenceLine line : lines) {
            total.add(line, extensionsOf(line.id()), today);
        }
        return total;
    }
}
