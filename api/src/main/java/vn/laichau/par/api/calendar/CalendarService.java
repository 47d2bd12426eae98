package vn.laichau.par.api.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.api.security.CurrentOfficial;
import vn.laichau.par.domain.calendar.AdjustmentKind;
import vn.laichau.par.domain.calendar.CalendarAdjustment;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.application.calendar.MovedDeadline;
import vn.laichau.par.application.calendar.WorkingDayDeadlines;
import vn.laichau.par.persistence.official.OfficialRepository;

/**
 * The holiday calendar: the computed holidays of a year and the days changed by hand. Deadlines counted in
 * working days are dated on this calendar, so a change here moves the stored open ones in the same transaction
 * ({@link WorkingDayDeadlines}).
 */
@ApplicationScoped
public class CalendarService {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    @Inject
    CalendarRepository calendars;

    @PersistenceContext(unitName = "par")
    EntityManager em;

    @Inject
    CurrentOfficial caller;

    @Inject
    OfficialRepository officials;

    @Inject
    Instance<Clock> clocks;

    @Transactional
    public CalendarYearResponse year(int year) {
        checkYear(year);
        WorkingDayCalendar calendar = calendars.calendar();
        int working = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                working++;
            }
        }
        return new CalendarYearResponse(year, working,
                calendar.holidaysOf(year).stream()
                        .map(h -> new CalendarYearResponse.Holiday(h.date(), h.nameVi(), h.source().name())).toList(),
                calendar.adjustments().stream().filter(a -> a.date().getYear() == year)
                        .map(a -> new CalendarYearResponse.Adjustment(a.date(), a.kind().name(), a.reason())).toList());
    }

    /**
     * Adds a swap day or a make-up working day. A day off must be a working day now and a working day must be a
     * day off now, else the change would mean nothing; a day already changed is a 409.
     */
    @Transactional
    public CalendarChangeResponse add(AdjustmentRequest request) {
        CalendarAdjustment adjustment = validate(request);
        boolean working = calendars.calendar().isWorkingDay(adjustment.date());
        if (adjustment.kind() == AdjustmentKind.DAY_OFF && !working) {
            throw new ProblemException(Response.Status.CONFLICT, "already-day-off",
                    "Ngày " + adjustment.date() + " đã là ngày nghỉ", "The day " + adjustment.date()
                    + " is a day off already", List.of());
        }
        if (adjustment.kind() == AdjustmentKind.WORKING_DAY && working) {
            throw new ProblemException(Response.Status.CONFLICT, "already-working-day",
                    "Ngày " + adjustment.date() + " đã là ngày làm việc", "The day " + adjustment.date()
                    + " is a working day already", List.of());
        }
        CalendarAdjustment stored = calendars.add(adjustment);
        return CalendarChangeResponse.of(stored.date(), stored.kind().name(), stored.reason(), redate());
    }

    /** Removes a day's adjustment; the statutory calendar applies to the day again and deadlines follow it. */
    @Transactional
    public CalendarChangeResponse remove(LocalDate day) {
        CalendarAdjustment removed = calendars.adjustmentOn(day).orElseThrow(() -> new ProblemException(
                Response.Status.NOT_FOUND, "calendar-adjustment-not-found", "Ngày " + day + " không được điều chỉnh",
                "The day " + day + " has no adjustment", List.of()));
        calendars.remove(day);
        return CalendarChangeResponse.of(removed.date(), removed.kind().name(), removed.reason(), redate());
    }

    private List<MovedDeadline> redate() {
        em.flush();
        long officialId = caller.id();
        String name = officials.findById(officialId).map(o -> o.displayName()).orElse("official " + officialId);
        Clock clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
        return new WorkingDayDeadlines(em, clock).redate(calendars.calendar(),
                Actor.official(officialId, name, Channel.API));
    }

    private static CalendarAdjustment validate(AdjustmentRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.date() == null) {
            violations.add(new Problem.Violation("date", "Cần ngày — the date is required"));
        } else if (request.date().getYear() < FIRST_YEAR || request.date().getYear() > LAST_YEAR) {
            violations.add(new Problem.Violation("date", "Ngày phải trong các năm " + FIRST_YEAR + "–" + LAST_YEAR
                    + " — the date must lie in the years " + FIRST_YEAR + "–" + LAST_YEAR));
        }
        AdjustmentKind kind = null;
        try {
            kind = request.kind() == null ? null : AdjustmentKind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            violations.add(new Problem.Violation("kind", "DAY_OFF (ngày nghỉ hoán đổi) hoặc WORKING_DAY (ngày làm bù) — "
                    + "DAY_OFF (swap day) or WORKING_DAY (make-up working day)"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            violations.add(new Problem.Violation("reason", "Cần ghi văn bản quyết định — the deciding notice is required"));
        } else if (request.reason().length() > 500) {
            violations.add(new Problem.Violation("reason", "Tối đa 500 ký tự — at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-calendar-adjustment",
                    "Điều chỉnh lịch không hợp lệ", "The calendar adjustment is invalid", violations);
        }
        return new CalendarAdjustment(request.date(), kind, request.reason().strip());
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("invalid-year", "Năm phải từ " + FIRST_YEAR + " đến " + LAST_YEAR,
                    "The year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
