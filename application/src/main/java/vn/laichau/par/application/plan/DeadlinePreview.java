package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.deadline.NeedsManualDate;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.persistence.calendar.CalendarRepository;

/**
 * An administrator tries out a deadline phrase before relying on it: the phrase read with the deadline engine
 * and dated on the stored working-day calendar in the asked plan years.
 */
@ApplicationScoped
public class DeadlinePreview {

    static final int MAX_YEARS = 20;
    static final int MAX_PHRASE = 1000;

    /** What a phrase yields: dated occurrences, or why a date needs an event's day or a person. */
    public enum Answer { DATED, NEEDS_EVENT_DATE, NEEDS_MANUAL_DATE }

    /**
     * What a deadline phrase means and the due dates it yields.
     *
     * @param reason why no date can be given, in Vietnamese; absent when dated
     * @param years  the due dates of each asked year; empty for a year the rule does not apply to
     */
    public record Result(String phrase, Answer answer, DeadlineRule rule, Optional<String> reason, List<Year> years) {
    }

    /** The due dates of one plan year. */
    public record Year(int year, List<DueDate> dueDates) {
    }

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final CalendarRepository calendar;

    @Inject
    public DeadlinePreview(CalendarRepository calendar) {
        this.calendar = calendar;
    }

    /** For the container's client proxy only. */
    protected DeadlinePreview() {
        this(null);
    }

    /**
     * The phrase's rule dated in the asked years. A working-day deadline counted from a given event is also
     * dated in the event's own year, since that is the only year it yields a date in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Result preview(String phrase, List<Integer> askedYears, LocalDate eventDate) {
        List<Integer> years = validate(phrase, askedYears, eventDate);
        DeadlineRule rule = parser.parse(phrase);
        DeadlineContext context = DeadlineContext.standard(calendar.calendar());
        if (eventDate != null) {
            context = context.withEventDate(eventDate);
            if (rule instanceof WorkingDaysFromEvent && !years.contains(eventDate.getYear())) {
                years = new ArrayList<>(years);
                years.add(eventDate.getYear());
            }
        }
        List<Year> dated = new ArrayList<>();
        for (int year : years) {
            dated.add(new Year(year, rule.dueDates(year, context)));
        }
        Optional<String> missing = rule.missingInformation(context);
        Answer answer = rule instanceof NeedsManualDate ? Answer.NEEDS_MANUAL_DATE
                : missing.isPresent() ? Answer.NEEDS_EVENT_DATE : Answer.DATED;
        return new Result(phrase, answer, rule, missing, dated);
    }

    private static List<Integer> validate(String phrase, List<Integer> years, LocalDate event) {
        List<Refusal.Violation> violations = new ArrayList<>();
        if (phrase == null || phrase.isBlank()) {
            violations.add(new Refusal.Violation("phrase", "Cần ghi cụm từ thời hạn", "a deadline phrase is required"));
        } else if (phrase.length() > MAX_PHRASE) {
            violations.add(new Refusal.Violation("phrase", "Tối đa " + MAX_PHRASE + " ký tự",
                    "at most " + MAX_PHRASE + " characters"));
        }
        if (years == null || years.isEmpty()) {
            violations.add(new Refusal.Violation("years", "Cần ít nhất một năm", "at least one year is required"));
        } else if (years.size() > MAX_YEARS) {
            violations.add(new Refusal.Violation("years", "Tối đa " + MAX_YEARS + " năm", "at most " + MAX_YEARS
                    + " years"));
        } else {
            for (int i = 0; i < years.size(); i++) {
                Integer year = years.get(i);
                if (year == null || year < PlanHeader.FIRST_YEAR || year > PlanHeader.LAST_YEAR) {
                    violations.add(new Refusal.Violation("years[" + i + "]", "Năm phải từ 1900 đến 2200",
                            "the year must be between 1900 and 2200"));
                }
            }
        }
        if (event != null && (event.getYear() < PlanHeader.FIRST_YEAR || event.getYear() > PlanHeader.LAST_YEAR)) {
            violations.add(new Refusal.Violation("eventDate", "Ngày phải trong các năm 1900–2200",
                    "the date must lie in the years 1900–2200"));
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-deadline-preview", "Yêu cầu xem trước thời hạn không hợp lệ",
                    "The deadline preview request is invalid", violations);
        }
        return List.copyOf(new LinkedHashSet<>(years));
    }
}
