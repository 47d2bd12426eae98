package vn.laichau.par.domain.model.occurrence;

import java.util.Comparator;
import vn.laichau.par.domain.calendar.WorkingDayCalendar;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.plan.ShippedPlan;

/**
 * Prints the occurrences of one plan year of the shipped plan, for checking by eye:
 * {@code mvn -q -pl domain test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.laichau.par.domain.model.occurrence.PrintPlanYear -Dexec.args=2018}.
 */
public final class PrintPlanYear {

    private PrintPlanYear() {
    }

    public static void main(String[] args) {
        int year = args.length > 0 ? Integer.parseInt(args[0]) : 2018;
        ShippedPlan shipped = ShippedPlan.load();
        OccurrenceExpander expander = new OccurrenceExpander(shipped.agencies().directory(),
                new DeadlinePhraseParser(), DeadlineContext.standard(WorkingDayCalendar.vietnam()));
        Expansion expansion = expander.expand(shipped.plan(), year);
        expansion.occurrences().stream()
                .sorted(Comparator.comparing((PlannedOccurrence o) -> o.due().date())
                        .thenComparing(o -> o.task().position()).thenComparing(o -> o.agency().getCode()))
                .forEach(o -> System.out.printf("%s  %-9s %-10s %-26s %s%n", o.due().date(), o.task().code(),
                        o.due().period(), o.agency().getCode(), o.task().shortTitle()));
        expansion.unscheduled().forEach(u -> System.out.printf("—           %-9s %s%n", u.task().code(), u.reasonVi()));
        System.out.printf("%d occurrences, %d tasks without occurrence in %d%n", expansion.occurrences().size(),
                expansion.unscheduled().size(), year);
        expansion.countByTask().forEach((code, n) -> System.out.printf("%s=%d ", code, n));
        System.out.println();
    }
}
