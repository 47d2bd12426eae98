package vn.laichau.par.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.persistence.plan.IndicatorRepository;

/**
 * The plan's indicators with their targets and yearly actual values: everyone reads them; an administrator
 * records a year's value against its target, with its source, on the audit trail. The first value of a year is
 * recorded without a version; a correction names the version of the value it replaces.
 */
@ApplicationScoped
public class IndicatorValues {

    static final int MAX_SOURCE = 500;
    static final int MAX_NOTE = 1000;

    private final IndicatorRepository indicators;

    /** An indicator, the years of its plan and its recorded values by year. */
    public record IndicatorWithValues(Indicator indicator, List<Integer> planYears,
                                      Map<Integer, IndicatorValue> values) {
    }

    /**
     * The value of one year of an indicator, whether recording it created it, and the value of the year before
     * (what a target "cao hơn năm trước" is compared with), when recorded.
     */
    public record YearValue(Indicator indicator, IndicatorValue value, boolean created,
                            Optional<BigDecimal> lastYear) {
    }

    /** For the container's client proxy only. */
    protected IndicatorValues() {
        this(null);
    }

    @Inject
    public IndicatorValues(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    /** Indicators in id order after {@code afterId}, at most {@code limit}, of one plan or of all. */
    @Transactional
    public List<IndicatorWithValues> list(Optional<Long> planId, long afterId, int limit) {
        List<Indicator> rows = indicators.list(planId, afterId, limit);
        Map<Long, Map<Integer, IndicatorValue>> values = valuesOf(rows);
        return rows.stream().map(i -> withValues(i, values)).toList();
    }

    /** One indicator with its values; refused when there is none. */
    @Transactional
    public IndicatorWithValues get(long id) {
        Indicator indicator = find(id);
        return withValues(indicator, valuesOf(List.of(indicator)));
    }

    /** The recorded value of a plan year; refused when the year lies outside the plan or has no value. */
    @Transactional
    public YearValue value(long id, int year) {
        Indicator indicator = find(id);
        checkYear(indicator, year);
        IndicatorValue value = indicators.valueIn(id, year).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND,
                "indicator-value-not-found", "Chưa có giá trị năm " + year + " của chỉ tiêu " + indicator.code(),
                "No value of indicator " + indicator.code() + " is recorded for " + year));
        return new YearValue(indicator, value, false, lastYear(id, year));
    }

    /**
     * Records the value of a plan year: the first one with no {@code expectedVersion}, a correction with the
     * version of the value read. The value must suit the indicator's unit; source and note have a length limit.
     */
    @Transactional
    public YearValue record(Actor actor, long id, int year, Optional<Long> expectedVersion, BigDecimal value,
                            String source, String note) {
        Indicator indicator = find(id);
        checkYear(indicator, year);
        validate(indicator, value, source, note);
        boolean exists = indicators.valueIn(id, year).isPresent();
        if (expectedVersion.isEmpty() && exists) {
            throw Refusal.of(Refusal.Reason.STALE, "indicator-value-exists",
                    "Năm " + year + " đã có giá trị; hãy đọc lại và gửi If-Match để sửa",
                    "A value of " + year + " is recorded already; read it and send If-Match to correct it");
        }
        IndicatorValue stored;
        try {
            stored = indicators.recordValue(id, year, value, source, note, expectedVersion, actor);
        } catch (OptimisticLockException e) {
            throw Refusal.of(Refusal.Reason.STALE, "stale-version",
                    "Giá trị năm " + year + " đã được người khác thay đổi; hãy đọc lại rồi thử lại",
                    "The value of " + year + " was changed meanwhile; read it again and retry");
        } catch (PersistenceException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            throw Refusal.of(Refusal.Reason.STALE, "indicator-value-exists",
                    "Năm " + year + " vừa được người khác ghi giá trị; hãy đọc lại",
                    "A value of " + year + " was recorded meanwhile; read it again");
        }
        return new YearValue(indicator, stored, !exists, lastYear(id, year));
    }

    private Optional<BigDecimal> lastYear(long id, int year) {
        return indicators.valueIn(id, year - 1).map(IndicatorValue::value);
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static void validate(Indicator indicator, BigDecimal value, String source, String note) {
        List<Violation> violations = new ArrayList<>();
        if (value == null) {
            violations.add(new Violation("value", "Cần giá trị", "the value is required"));
        } else {
            indicator.problemWith(value).ifPresent(p -> violations.add(
                    new Violation("value", p.messageVi(), p.messageEn())));
        }
        if (source != null && source.length() > MAX_SOURCE) {
            violations.add(new Violation("source", "Tối đa " + MAX_SOURCE + " ký tự", "at most " + MAX_SOURCE
                    + " characters"));
        } else if (source != null) {
            UserText.violation("source", UserText.cleaned(source, false), false).ifPresent(violations::add);
        }
        if (note != null && note.length() > MAX_NOTE) {
            violations.add(new Violation("note", "Tối đa " + MAX_NOTE + " ký tự", "at most " + MAX_NOTE
                    + " characters"));
        } else if (note != null) {
            UserText.violation("note", UserText.cleaned(note, true), true).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-indicator-value", "Giá trị chỉ tiêu " + indicator.code() + " không hợp lệ",
                    "The value of indicator " + indicator.code() + " is invalid", violations);
        }
    }

    private static void checkYear(Indicator indicator, int year) {
        if (!indicator.plan().covers(year)) {
            List<Integer> years = indicator.plan().planYears();
            String range = years.get(0) + "–" + years.get(years.size() - 1);
            throw Refusal.invalid("invalid-parameter", "Tham số không hợp lệ: year", "Invalid parameter: year",
                    List.of(new Violation("year", "năm phải thuộc kỳ kế hoạch " + range,
                            "the year must lie in the plan's period " + range)));
        }
    }

    private Indicator find(long id) {
        return indicators.findById(id).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND,
                "indicator-not-found", "Không tìm thấy chỉ tiêu " + id, "No indicator " + id));
    }

    private static IndicatorWithValues withValues(Indicator indicator, Map<Long, Map<Integer, IndicatorValue>> values) {
        return new IndicatorWithValues(indicator, indicator.plan().planYears(),
                values.getOrDefault(indicator.id(), Map.of()));
    }

    private Map<Long, Map<Integer, IndicatorValue>> valuesOf(List<Indicator> rows) {
        Map<Long, Map<Integer, IndicatorValue>> values = new HashMap<>();
        if (rows.isEmpty()) {
            return values;
        }
        indicators.valuesOfAll(rows.stream().map(Indicator::id).toList())
                .forEach(v -> values.computeIfAbsent(v.indicatorId(), k -> new HashMap<>()).put(v.year(), v));
        return values;
    }
}
