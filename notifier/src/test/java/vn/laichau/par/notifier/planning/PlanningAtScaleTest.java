package vn.laichau.par.notifier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.notifier.policy.AlertPolicy;
import vn.laichau.par.notifier.recipient.AgencyRecipients;
import vn.laichau.par.notifier.recipient.Audience;
import vn.laichau.par.notifier.recipient.Recipient;

/**
 * The planner on a province-sized day of one million occurrences. How fast it plans is measured by
 * {@code NotifierBenchmark} (docs/notifier-benchmark.md), not here: a timed unit test fails on a busy machine.
 */
class PlanningAtScaleTest {

    private static final int OCCURRENCES = 1_000_000;
    private static final int AGENCIES = 500;

    @Test
    void oneMillionOccurrencesArePlannedIntoRemindersEscalationsAndTheDigest() {
        LocalDate monday = LocalDate.of(2025, 10, 13);
        List<AlertSubject> subjects = new ArrayList<>(OCCURRENCES);
        for (int i = 0; i < OCCURRENCES; i++) {
            LocalDate due = monday.plusDays(i % 730 - 365);
            Optional<LocalDate> finished = i % 3 == 0 ? Optional.of(due) : Optional.empty();
            subjects.add(new AlertSubject(i, i % 50, "I." + i % 50, "Nhiệm vụ", i % AGENCIES, "Đơn vị " + i % AGENCIES,
                    due, finished, false, List.of()));
        }
        List<AgencyRecipients> agencies = new ArrayList<>();
        for (long agency = 0; agency < AGENCIES; agency++) {
            agencies.add(new AgencyRecipients(agency, List.of(Recipient.of(10_000 + agency, "Cán bộ")),
                    Optional.of(Recipient.of(20_000 + agency, "Thủ trưởng"))));
        }
        Audience audience = new Audience(agencies, List.of(Recipient.of(1, "Sở Nội vụ")));
        AlertPlanner planner = new AlertPlanner(AlertPolicy.defaults(), WorkingDayCalendar.vietnam());
        List<Alert> alerts = planner.plan(monday, subjects, audience);

        assertThat(alerts.stream().map(Alert::kind).distinct().count())
                .as("reminders, escalations and the digest on a Monday").isEqualTo(3);
    }
}
