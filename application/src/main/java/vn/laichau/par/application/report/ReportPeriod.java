package vn.laichau.par.application.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import vn.laichau.par.domain.Refusal;

/**
 * The periods of the CCHC reports the plan asks for (task I.2: quarter I, six months, nine months, the year), each
 * from 1 January of the report's year to the end of its last month: what fell due in that range is reported.
 */
public enum ReportPeriod {
    QUARTER_1("quý I", 3),
    HALF_YEAR("6 tháng", 6),
    NINE_MONTHS("9 tháng", 9),
    YEAR("năm", 12);

    private final String labelVi;
    private final int lastMonth;

    ReportPeriod(String labelVi, int lastMonth) {
        this.labelVi = labelVi;
        this.lastMonth = lastMonth;
    }

    /** As the title says it: "quý I năm 2019", "6 tháng năm 2019", "năm 2019". */
    public String titleVi(int year) {
        return this == YEAR ? "năm " + year : labelVi + " năm " + year;
    }

    public String labelVi() {
        return labelVi;
    }

    /** The first day reported on. */
    public LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day reported on. */
    public LocalDate lastDay(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /**
     * The period under way on {@code today} for a report of {@code year}: the first whose last month is not
     * over yet (quý I until the end of March, 6 tháng until the end of June, …); the year's report for a year
     * already past, quý I for one not begun.
     */
    public static ReportPeriod current(int year, LocalDate today) {
        if (today.getYear() != year) {
            return today.getYear() > year ? YEAR : QUARTER_1;
        }
        for (ReportPeriod period : values()) {
            if (today.getMonthValue() <= period.lastMonth) {
                return period;
            }
        }
        return YEAR;
    }

    /**
     * The period a parameter names: its name (case, {@code -} and {@code _} do not matter); refused with a
     * violation of {@code period} otherwise, and when absent.
     */
    public static ReportPeriod parse(String value) {
        if (value != null) {
            String wanted = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (ReportPeriod period : values()) {
                if (period.name().equals(wanted)) {
                    return period;
                }
            }
        }
        throw Refusal.invalid("invalid-parameter", "Tham số không hợp lệ: period", "Invalid parameter: period",
                List.of(new Refusal.Violation("period", "phải là QUARTER_1, HALF_YEAR, NINE_MONTHS hoặc YEAR",
                        "must be QUARTER_1, HALF_YEAR, NINE_MONTHS or YEAR")));
    }
}
