package vn.laichau.par.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.EventDirection;
import vn.laichau.par.domain.deadline.WorkingDaysFromEvent;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.occurrence.OccurrenceExpander;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;

/** The two "05 ngày làm việc" time limits of Kế hoạch 447, stated in its text rather than its deadline column. */
class EventDeadlinesTest {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final Plan plan = ShippedPlan.load().plan();

    private Task task(String code) {
        return plan.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aTimeLimitInATasksOwnTextAndOneInThePlansBodyAreEventDeadlines() {
        assertThat(EventDeadlines.of(task("III.1.3"), parser))
                .containsExactly(new WorkingDaysFromEvent(5, EventDirection.AFTER, "ký quyết định công bố"));
        assertThat(EventDeadlines.of(task("III.1.2"), parser)).containsExactly(new WorkingDaysFromEvent(5,
                EventDirection.BEFORE, "văn bản quy phạm pháp luật có quy định về TTHC có hiệu lực thi hành"));
        assertThat(EventDeadlines.of(task("I.1"), parser)).isEmpty();
        long withEventDeadlines = plan.tasks().stream().filter(t -> !EventDeadlines.of(t, parser).isEmpty()).count();
        assertThat(withEventDeadlines).as("only the two time limits of the text").isEqualTo(2);
    }

    @Test
    void aRecordedEventGivesEachLeadAgencyAnObligationDueInWorkingDays() {
        Task task = task("III.1.3");
        OccurrenceExpander expander = new OccurrenceExpander(AgencyReference.laiChau().directory(), parser,
                DeadlineContext.standard(WorkingDayCalendar.vietnam()));

        // signed on Friday 24/04/2020: 27, 28, 29 April, then 30/4 and 1/5 are holidays, 4 and 5 May
        List<PlannedOccurrence> planned = expander.expandEvent(task, EventDeadlines.of(task, parser).get(0),
                LocalDate.of(2020, 4, 24));

        assertThat(planned).extracting(p -> p.agency().getCode() + " " + p.due().period() + " " + p.due().date())
                .containsExactly("SO_TU_PHAP 2020-E2020-04-24 2020-05-05");
    }
}
