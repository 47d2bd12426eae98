package vn.laichau.par.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import vn.laichau.par.application.account.LoginGuard;
import vn.laichau.par.application.account.OfficialAdministration;
import vn.laichau.par.application.account.RefreshTokens;
import vn.laichau.par.application.agency.AgencyAdministration;
import vn.laichau.par.application.calendar.CalendarAdministration;
import vn.laichau.par.application.calendar.WorkingDayDeadlines;
import vn.laichau.par.application.indicator.IndicatorValues;
import vn.laichau.par.application.indicator.ParIndexResults;
import vn.laichau.par.application.occurrence.EvidenceStore;
import vn.laichau.par.application.occurrence.EvidenceSubmission;
import vn.laichau.par.application.occurrence.ExtensionDecisions;
import vn.laichau.par.application.occurrence.ExtensionRequests;
import vn.laichau.par.application.occurrence.OccurrenceFinishing;
import vn.laichau.par.application.occurrence.OccurrenceQueries;
import vn.laichau.par.application.occurrence.ProgressReporting;
import vn.laichau.par.application.plan.OccurrenceCreation;
import vn.laichau.par.application.plan.TaskQueries;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.calendar.CalendarRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

/**
 * The use cases outside a container, wired as the container wires them but on the test's entity manager: the
 * caller runs the transaction.
 */
public final class UseCases {

    private UseCases() {
    }

    public static ProgressReporting progressReporting(EntityManager em, Clock clock) {
        return new ProgressReporting(new OfficialRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock), clock);
    }

    public static OccurrenceFinishing occurrenceFinishing(EntityManager em, Clock clock) {
        return new OccurrenceFinishing(new OfficialRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock), clock);
    }

    public static EvidenceSubmission evidenceSubmission(EntityManager em, Clock clock, EvidenceStore store) {
        return new EvidenceSubmission(new OfficialRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock), clock, store);
    }

    /** What the extension use cases built here handed to the notices. */
    public static final RecordedExtensionNotices EXTENSION_NOTICES = new RecordedExtensionNotices();

    public static ExtensionRequests extensionRequests(EntityManager em, Clock clock) {
        return new ExtensionRequests(new OfficialRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock), EXTENSION_NOTICES, clock);
    }

    public static ExtensionDecisions extensionDecisions(EntityManager em, Clock clock) {
        return new ExtensionDecisions(new OfficialRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock), EXTENSION_NOTICES, clock);
    }

    public static OccurrenceQueries occurrenceQueries(EntityManager em, Clock clock, EvidenceStore store) {
        return new OccurrenceQueries(new OccurrenceRepository(em), new OfficialRepository(em),
                new TaskRepository(em), new AuditRepository(em), clock);
    }

    public static TaskQueries taskQueries(EntityManager em, Clock clock) {
        return new TaskQueries(new TaskRepository(em), new PlanRepository(em), new AgencyRepository(em),
                new ParIndexRepository(em, clock), clock);
    }

    public static OccurrenceCreation occurrenceCreation(EntityManager em) {
        return new OccurrenceCreation(new AgencyRepository(em), new CalendarRepository(em),
                new OccurrenceRepository(em));
    }

    public static OfficialAdministration officialAdministration(EntityManager em, LoginGuard guard,
                                                                RefreshTokens refreshTokens, Clock clock) {
        return new OfficialAdministration(new OfficialRepository(em), new AgencyRepository(em),
                new AuditTrail(em, clock), guard, refreshTokens, clock);
    }

    public static AgencyAdministration agencyAdministration(EntityManager em, Clock clock) {
        return new AgencyAdministration(new AgencyRepository(em), new OccurrenceRepository(em),
                new OfficialRepository(em), new AuditTrail(em, clock), clock);
    }

    public static WorkingDayDeadlines workingDayDeadlines(EntityManager em, Clock clock) {
        return new WorkingDayDeadlines(new TaskRepository(em), new OccurrenceRepository(em),
                new AuditTrail(em, clock));
    }

    public static CalendarAdministration calendarAdministration(EntityManager em, Clock clock) {
        return new CalendarAdministration(new CalendarRepository(em), workingDayDeadlines(em, clock));
    }

    public static IndicatorValues indicatorValues(EntityManager em, Clock clock) {
        return new IndicatorValues(new IndicatorRepository(em, clock));
    }

    public static ParIndexResults parIndexResults(EntityManager em, Clock clock) {
        return new ParIndexResults(new ParIndexRepository(em, clock), clock);
    }
}
