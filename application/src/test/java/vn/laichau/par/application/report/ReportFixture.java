package vn.laichau.par.application.report;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.report.ReportQueries;
import vn.laichau.par.persistence.report.WrittenSectionRepository;

/**
 * The shipped plan with some of 2019's occurrences of one agency finished on time (one with an evidence file whose
 * name a spreadsheet would take for a formula), some late, one extended; officials of that agency, of another
 * agency and of Sở Nội vụ, a leader and an admin. Today is 1/3/2020 in Lai Châu, so every open 2019 occurrence
 * is overdue.
 */
final class ReportFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x.example\",\"bấm\").pdf";
    static final String PLAIN_NAME = "quyet-dinh-ke-hoach.pdf";

    final long plan;
    final long agency;
    final long otherAgency;
    final long official;
    final long stranger;
    final long homeAffairs;
    final long leader;
    final long admin;
    final long withEvidence;
    final long extended;

    ReportFixture() {
        Jpa.cleanAndLoadShippedPlan();
        plan = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        agency = Jpa.count("SELECT agency_id FROM occurrence WHERE due_date BETWEEN '2019-01-01' AND '2019-12-31' "
                + "AND agency_id <> (SELECT id FROM agency WHERE code = 'SO_NOI_VU') "
                + "GROUP BY agency_id ORDER BY COUNT(*) DESC, agency_id LIMIT 1");
        otherAgency = Jpa.count("SELECT id FROM agency WHERE id <> " + agency
                + " AND code <> 'SO_NOI_VU' ORDER BY id LIMIT 1");
        long noiVu = Jpa.count("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
        official = official("canbo", agency, Role.OFFICIAL);
        stranger = official("canbokhac", otherAgency, Role.OFFICIAL);
        homeAffairs = official("canbosnv", noiVu, Role.OFFICIAL);
        leader = official("lanhdao", otherAgency, Role.LEADER);
        admin = official("quantri", noiVu, Role.ADMIN);
        String ofAgency2019 = "SELECT id FROM occurrence WHERE agency_id = " + agency
                + " AND due_date BETWEEN '2019-01-01' AND '2019-12-31' ORDER BY due_date, id LIMIT 1 OFFSET ";
        withEvidence = Jpa.count(ofAgency2019 + 0);
        long onTime2 = Jpa.count(ofAgency2019 + 1);
        long late = Jpa.count(ofAgency2019 + 2);
        extended = Jpa.count(ofAgency2019 + 3);
        Jpa.run(em -> {
            sql(em, "UPDATE occurrence SET finished_on = due_date, progress_percent = 100 WHERE id IN ("
                    + withEvidence + ", " + onTime2 + ")");
            sql(em, "UPDATE occurrence SET finished_on = DATE_ADD(due_date, INTERVAL 5 DAY), progress_percent = 100 "
                    + "WHERE id = " + late);
            evidence(em, withEvidence, FORMULA_NAME);
            evidence(em, withEvidence, PLAIN_NAME);
            sql(em, "INSERT INTO deadline_extension (occurrence_id, old_due_date, new_due_date, reason, requested_at, "
                    + "status, decided_at, decision_reference) SELECT id, DATE_SUB(due_date, INTERVAL 10 DAY), due_date, "
                    + "'Chờ số liệu', '2019-01-02 03:00:00', 'APPROVED', '2019-01-03 03:00:00', '12/QĐ-UBND' "
                    + "FROM occurrence WHERE id = " + extended);
        });
    }

    private static void evidence(EntityManager em, long occurrence, String name) {
        sql(em, "INSERT INTO evidence (occurrence_id, file_name, content_type, size_bytes, sha256, storage_path, "
                + "channel, uploaded_at) VALUES (" + occurrence + ", '" + name.replace("'", "''")
                + "', 'application/pdf', 10, REPEAT('a', 64), 'x/y.pdf', 'API', '2019-01-05 03:00:00')");
        sql(em, "UPDATE occurrence SET evidence_count = evidence_count + 1 WHERE id = " + occurrence);
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    private static long official(String username, long agency, Role role) {
        return Jpa.inTransaction(em -> {
            Official o = new Official(username, username, agency, EnumSet.of(role));
            em.persist(o);
            em.flush();
            return o.id();
        });
    }

    static PeriodicReports reports(EntityManager em) {
        return new PeriodicReports(new PlanRepository(em), new ReportQueries(em), new DashboardQueries(em),
                new IndicatorRepository(em, CLOCK), new ParIndexRepository(em, CLOCK), new WrittenSectionRepository(em),
                new ParIndexFramework(new ParIndexFrameworkRepository(em, CLOCK), new PlanRepository(em),
                        new DashboardQueries(em), new OfficialRepository(em), new AgencyRepository(em), "SO_NOI_VU",
                        CLOCK),
                new OfficialRepository(em), new AgencyRepository(em), "SO_NOI_VU", CLOCK);
    }

    static ReportSections sections(EntityManager em) {
        return new ReportSections(new PlanRepository(em), new WrittenSectionRepository(em), new AuditTrail(em, CLOCK),
                new OfficialRepository(em), new AgencyRepository(em), "SO_NOI_VU");
    }

    /** The plan's occurrences (of the agency, or all) due from {@code from} to {@code to} meeting {@code condition}. */
    long count(Optional<Long> agencyId, String from, String to, String condition) {
        return Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + plan
                + " AND o.due_date BETWEEN '" + from + "' AND '" + to + "'"
                + agencyId.map(a -> " AND o.agency_id = " + a).orElse("") + (condition.isEmpty() ? "" : " AND "
                + condition));
    }
}
