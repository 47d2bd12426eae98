package vn.laichau.par.domain.deadline;

/** The kinds of deadline phrase found in a plan's appendix. */
public enum DeadlineKind {
    /** "Xong trước 30/12/2017": one date. */
    FIXED_DATE,
    /** "Trước 20/12 hằng năm": the same day every plan year. */
    YEARLY_DATE,
    /** "Trước 31/12 năm trước liền kề năm kế hoạch": a day in a year counted from the plan year. */
    RELATIVE_TO_PLAN_YEAR,
    /** "Năm 2018 và các năm tiếp theo": every plan year from a given year on. */
    FROM_YEAR_ON,
    /** "Theo quy định chế độ báo cáo của Bộ Nội vụ": the quarter I, six-month, quarter III and year reports. */
    REPORTING_CALENDAR,
    /** "Thường xuyên": ongoing work that owes a yearly result report. */
    CONTINUOUS,
    /** "05 ngày làm việc kể từ ngày ký quyết định công bố": working days counted from an event. */
    WORKING_DAYS_AFTER_EVENT,
    /** "Quý I", "Định kỳ hằng quý", "Trước ngày 15 tháng cuối quý". */
    QUARTERLY,
    /** "6 tháng đầu năm", "Định kỳ 6 tháng". */
    HALF_YEARLY,
    /** "Tháng 10 hằng năm", "Trước ngày 10 hằng tháng". */
    MONTHLY,
    /** "Giai đoạn 2026–2030": one obligation at the end of a span of years. */
    SPAN,
    /** A phrase the engine cannot date with certainty: a person must enter the date. */
    NEEDS_MANUAL_DATE,
    /** Dates a person entered. */
    SET_BY_HAND
}
