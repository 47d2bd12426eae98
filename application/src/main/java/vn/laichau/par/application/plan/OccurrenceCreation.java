package vn.laichau.par.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.laichau.par.domain.deadline.DeadlineContext;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.occurrence.OccurrenceExpander;
import vn.laichau.par.domain.model.occurrence.PlannedOccurrence;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.persistence.loading.PlanOccurrences;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;

/**
 * Creates the occurrences a stored plan calls for in some plan years, with the stored agencies, groups,
 * successors and calendar. Occurrences that exist already (same task, period and agency) are left alone, so
 * running it again creates nothing. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OccurrenceCreation implements PlanOccurrences {

    private final AgencyRepository agencies;
    private final CalendarRepository calendars;
    private final OccurrenceRepository occurrences;

    @Inject
    public OccurrenceCreation(AgencyRepository agencies, CalendarRepository calendars,
                              OccurrenceRepository occurrences) {
        this.agencies = agencies;
        this.calendars = calendars;
        this.occurrences = occurrences;
    }

    /** For the container's client proxy only. */
    protected OccurrenceCreation() {
        this(null, null, null);
    }

    /** Creates the missing occurrences of {@code years}; the plan and its tasks must be stored. */
    @Override
    public int createMissing(Plan plan, Collection<Integer> years) {
        if (years.isEmpty() || plan.tasks().isEmpty()) {
            return 0;
        }
        occurrences.flush();
        OccurrenceExpander expander = new OccurrenceExpander(agencies.directory(),
                new DeadlinePhraseParser(), DeadlineContext.standard(calendars.calendar()));
        List<PlannedOccurrence> planned = new ArrayList<>();
        for (int year : years) {
            planned.addAll(expander.expand(plan, year).occurrences());
        }
        return occurrences.addMissing(plan, years, planned);
    }
}
