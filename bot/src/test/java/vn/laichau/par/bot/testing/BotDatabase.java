package vn.laichau.par.bot.testing;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import vn.laichau.par.application.download.DownloadLinks;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.application.report.PeriodicReports;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.download.DownloadKeyRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.report.ReportQueries;
import vn.laichau.par.persistence.report.WrittenSectionRepository;
import java.util.function.Supplier;
import vn.laichau.par.application.occurrence.EvidenceStore;
import vn.laichau.par.application.occurrence.EvidenceSubmission;
import vn.laichau.par.application.occurrence.ExtensionDecisions;
import vn.laichau.par.application.occurrence.ExtensionNotices;
import vn.laichau.par.application.occurrence.ExtensionRequests;
import vn.laichau.par.application.occurrence.OccurrenceFinishing;
import vn.laichau.par.application.occurrence.OccurrenceQueries;
import vn.laichau.par.application.occurrence.ProgressReporting;
import vn.laichau.par.application.plan.TaskQueries;
import vn.laichau.par.application.transaction.UnitOfWork;
import vn.laichau.par.bot.command.Tracker;
import vn.laichau.par.persistence.telegram.BotDialogRepository;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.plan.TaskRepository;
import vn.laichau.par.persistence.telegram.TelegramLinkRepository;
import vn.laichau.par.persistence.telegram.TelegramPreferenceRepository;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * The persistence unit "par" on the test run's MariaDB, outside a container, with resource-local transactions;
 * as the bot's unit of work, each transaction's entity manager is the one {@link #tracker} works on, as the
 * container's transaction-scoped entity manager would be.
 */
public final class BotDatabase implements UnitOfWork {

    /** The monitoring agency's code, as the server's default. */
    public static final String MONITORING_AGENCY = "SO_NOI_VU";



    public static BotDatabase open() {
        Jpa.factory();
        return new BotDatabase();
    }

    /** Runs {@code work} on an entity manager of its own, in a transaction committed when it returns. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return Jpa.inBoundTransaction(work);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(em -> work.get());
    }

    /** The entity manager of the transaction running on the calling thread, whichever it is. */
    public static EntityManager transactionsEntityManager() {
        return Jpa.transactionsEntityManager();
    }

    /** The use cases and reads as the server's bot has them, on the entity manager of the running transaction. */
    public static Tracker tracker(Clock clock, Path dataDirectory) {
        return tracker(clock, dataDirectory, Optional.empty());
    }

    /**
     * The same, with download links under {@code publicUrl} (the server's {@code PAR_PUBLIC_URL}); the report use
     * cases read with the monitoring agency {@code SO_NOI_VU}.
     */
    public static Tracker tracker(Clock clock, Path dataDirectory, Optional<String> publicUrl) {
        return tracker(clock, dataDirectory, publicUrl, new RecordedExtensionNotices());
    }

    /** The same, with the extension use cases telling {@code notices}. */
    public static Tracker tracker(Clock clock, Path dataDirectory, Optional<String> publicUrl,
                                  ExtensionNotices notices) {
        EntityManager em = Jpa.transactionsEntityManager();
        EvidenceStore store = new EvidenceStore(dataDirectory, EvidenceStore.DEFAULT_MAX_BYTES);
        OfficialRepository officials = new OfficialRepository(em);
        OccurrenceRepository occurrences = new OccurrenceRepository(em);
        TaskRepository tasks = new TaskRepository(em);
        AuditTrail audit = new AuditTrail(em, clock);
        ParIndexFramework framework = new ParIndexFramework(new ParIndexFrameworkRepository(em, clock),
                new PlanRepository(em), new DashboardQueries(em), officials, new AgencyRepository(em),
                MONITORING_AGENCY, clock);
        PeriodicReports reports = new PeriodicReports(new PlanRepository(em), new ReportQueries(em),
                new DashboardQueries(em), new IndicatorRepository(em, clock), new ParIndexRepository(em, clock),
                new WrittenSectionRepository(em), framework, officials, new AgencyRepository(em), MONITORING_AGENCY,
                clock);
        return new Tracker(new ProgressReporting(officials, occurrences, audit, clock),
                new OccurrenceFinishing(officials, occurrences, audit, clock),
                new EvidenceSubmission(officials, occurrences, audit, clock, store),
                new ExtensionRequests(officials, occurrences, audit, notices, clock),
                new ExtensionDecisions(officials, occurrences, audit, notices, clock),
                new OccurrenceQueries(occurrences, officials, tasks, new AuditRepository(em), clock),
                new TaskQueries(tasks, new PlanRepository(em), new AgencyRepository(em),
                        new ParIndexRepository(em, clock), clock),
                new TelegramLinkRepository(em, clock), new TelegramPreferenceRepository(em),
                new BotDialogRepository(em),
                new vn.laichau.par.persistence.telegram.ZaloLinkRepository(em, new TelegramLinkRepository(em, clock),
                        clock),
                new vn.laichau.par.persistence.outbox.AlertChannelOrderRepository(em), reports,
                framework,
                new DownloadLinks(new DownloadKeyRepository(em), reports, new ParIndexRepository(em, clock), officials,
                        publicUrl, clock));
    }

    /** Empties every table and loads the shipped plan. */
    public void cleanAndLoadShippedPlan() {
        Jpa.cleanAndLoadShippedPlan();
    }

    /** A single number from SQL, e.g. a count. */
    public long number(String sql) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single text from SQL. */
    public String text(String sql) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
