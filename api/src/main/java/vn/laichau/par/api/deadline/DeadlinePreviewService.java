package vn.laichau.par.api.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.api.problem.Problem;
import vn.laichau.par.api.problem.ProblemException;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.NeedsManualDate;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.persistence.calendar.CalendarRepository;

/** Reads a phrase with the deadline engine and dates it on the stored working-day calendar. */
@ApplicationScoped
public class DeadlinePreviewService {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    static final int MAX_YEARS = 20;
    static final int MAX_PHRASE = 1000;

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    @Inject
    CalendarRepository calendar;

    /**
     * The phrase's rule dated in the asked years. A working-day deadline counted from a given event is also
     * dated in the event's own year, since that is the only year it yields a date in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadlinePreviewResponse preview(DeadlinePreviewRequest request) {
        List<Integer> years = validate(request);
        DeadlineRule rule = parser.parse(request.phrase());
        DeadlineContext context = DeadlineContext.standard(calendar.calendar());
        if (request.eventDate() != null) {
            context = context.withEventDate(request.eventDate());
            if (rule instanceof WorkingDaysFromEvent && !years.contains(request.eventDate().getYear())) {
                years = new ArrayList<>(years);
                years.add(request.eventDate().getYear());
            }
        }
        List<DeadlinePreviewResponse.Year> dated = new ArrayList<>();
        for (int year : years) {
            dated.add(new DeadlinePreviewResponse.Year(year, rule.dueDates(year, context).stream()
                    .map(d -> new DeadlinePreviewResponse.Occurrence(d.period(), d.date())).toList()));
        }
        Optional<String> missing = rule.missingInformation(context);
        String answer = rule instanceof NeedsManualDate ? "NEEDS_MANUAL_DATE"
                : missing.isPresent() ? "NEEDS_EVENT_DATE" : "DATED";
        return new DeadlinePreviewResponse(request.phrase(), answer, rule.kind().name(), rule.describe(),
                missing.orElse(null), dated);
    }

    private static List<Integer> validate(DeadlinePreviewRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("missing-body", "Thiếu nội dung yêu cầu", "The request body is missing");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.phrase() == null || request.phrase().isBlank()) {
            violations.add(new Problem.Violation("phrase", "Cần ghi cụm từ thời hạn — a deadline phrase is required"));
        } else if (request.phrase().length() > MAX_PHRASE) {
            violations.add(new Problem.Violation("phrase", "Tối đa " + MAX_PHRASE + " ký tự — at most "
                    + MAX_PHRASE + " characters"));
        }
        if (request.years() == null || request.years().isEmpty()) {
            violations.add(new Problem.Violation("years", "Cần ít nhất một năm — at least one year is required"));
        } else if (request.years().size() > MAX_YEARS) {
            violations.add(new Problem.Violation("years", "Tối đa " + MAX_YEARS + " năm — at most "
                    + MAX_YEARS + " years"));
        } else {
            for (int i = 0; i < request.years().size(); i++) {
                Integer year = request.years().get(i);
                if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
                    violations.add(new Problem.Violation("years[" + i + "]", "Năm phải từ " + FIRST_YEAR + " đến "
                            + LAST_YEAR + " — the year must be between " + FIRST_YEAR + " and " + LAST_YEAR));
                }
            }
        }
        LocalDate event = request.eventDate();
        if (event != null && (event.getYear() < FIRST_YEAR || event.getYear() > LAST_YEAR)) {
            violations.add(new Problem.Violation("eventDate", "Ngày phải trong các năm " + FIRST_YEAR + "–"
                    + LAST_YEAR + " — the date must lie in the years " + FIRST_YEAR + "–" + LAST_YEAR));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "invalid-deadline-preview",
                    "Yêu cầu xem trước thời hạn không hợp lệ", "The deadline preview request is invalid", violations);
        }
        return List.copyOf(new LinkedHashSet<>(request.years()));
    }
}
