package vn.laichau.par.application.report.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.application.report.PeriodicReports;
import vn.laichau.par.application.report.ReportFile;
import vn.laichau.par.application.report.ReportPeriod;
import vn.laichau.par.domain.model.official.Official;
import vn.laichau.par.domain.model.official.Role;
import vn.laichau.par.embedded.EmbeddedMariaDb;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.benchmark.LargeDataSet;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.migration.SchemaMigration;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.plan.IndicatorRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.persistence.report.ReportQueries;
import vn.laichau.par.persistence.report.WrittenSectionRepository;

/**
 * Times the whole-province reports (the draft CCHC report as DOCX and the scorecard as XLSX, period YEAR) against
 * the persistence benchmark's large data set (about 950 000 occurrences, 34 provinces), through the same use case
 * the API calls, with a new entity manager per report; and samples the heap every millisecond while each report
 * is made to find how far it rises above the heap in use before it. Prints Markdown. {@code par.benchmark.runs} and
 * {@code par.benchmark.warm-up} set the number of timed and warm-up reports (34 and 5); with
 * {@code par.benchmark.one-province=true} every task is moved into plan 1 for the run (and back afterwards), so that
 * one province owns all the occurrences: the worst case of one report.
 */
public final class ReportBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int RUNS = Integer.getInteger("par.benchmark.runs", 34);
    private static final int WARM_UP = Integer.getInteger("par.benchmark.warm-up", 5);
    private static final Random RANDOM = new Random(19);

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("par.benchmark.dir", "target/benchmark-mariadb")).toAbsolutePath();
        Files.createDirectories(dir);
        StringBuilder out = new StringBuilder();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0)) {
            MariaDbDataSource dataSource = new MariaDbDataSource(db.jdbcUrl());
            dataSource.setUser(db.user());
            dataSource.setPassword(db.password());
            new SchemaMigration(dataSource).migrate();
            long[] plans;
            boolean merged = Boolean.getBoolean("par.benchmark.one-province");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                LargeDataSet data = new LargeDataSet(c, TODAY);
                if (data.occurrences() == 0) {
                    long start = System.nanoTime();
                    data.generate();
                    out.append("Data set generated in ").append((System.nanoTime() - start) / 1_000_000_000)
                            .append(" s\n\n");
                }
                out.append("Occurrences: ").append(data.occurrences()).append(", agencies: ")
                        .append(single(c, "SELECT COUNT(*) FROM agency")).append(", plans: ")
                        .append(single(c, "SELECT COUNT(*) FROM plan")).append(", ")
                        .append(single(c, "SELECT COUNT(*) FROM plan WHERE id IN (SELECT plan_id FROM task)"))
                        .append(" with tasks; due in 2025 per plan: ")
                        .append(single(c, "SELECT MIN(n) FROM (SELECT COUNT(*) n FROM task t JOIN occurrence o "
                                + "ON o.task_id = t.id AND o.due_date BETWEEN '2025-01-01' AND '2025-12-31' "
                                + "GROUP BY t.plan_id) x")).append("–")
                        .append(single(c, "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM task t JOIN occurrence o "
                                + "ON o.task_id = t.id AND o.due_date BETWEEN '2025-01-01' AND '2025-12-31' "
                                + "GROUP BY t.plan_id) x")).append("\n\n");
                if (merged) {
                    mergeIntoOnePlan(c);
                    out.append("Every task moved into plan 1 for this run (one province owning every occurrence).\n\n");
                }
                plans = ids(c, "SELECT id FROM plan WHERE id IN (SELECT plan_id FROM task) ORDER BY id");
            }
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("par", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                    "jakarta.persistence.jdbc.url", db.jdbcUrl(),
                    "jakarta.persistence.jdbc.user", db.user(),
                    "jakarta.persistence.jdbc.password", db.password()));
            long admin = inTransaction(emf, em -> {
                long agency = ((Number) em.createNativeQuery("SELECT id FROM agency WHERE code = 'P1_SO0'")
                        .getSingleResult()).longValue();
                Official existing = new OfficialRepository(em).findByUsername("benchmark-admin").orElse(null);
                if (existing != null) {
                    return existing.id();
                }
                Official official = new Official("benchmark-admin", "Benchmark", agency, EnumSet.of(Role.ADMIN));
                em.persist(official);
                em.flush();
                return official.id();
            });
            out.append("| report (whole province, YEAR 2025) | median ms | p95 ms | max ms | median size KB "
                    + "| peak extra heap MB (max) | runs |\n|---|---|---|---|---|---|---|\n");
            measure(out, emf, "draft CCHC report (DOCX)", plans, p -> reports(p.em).draft(admin, p.plan, 2025,
                    ReportPeriod.YEAR, Optional.empty()));
            measure(out, emf, "scorecard workbook (XLSX)", plans, p -> reports(p.em).scorecard(admin, p.plan, 2025,
                    ReportPeriod.YEAR, Optional.empty()));
            emf.close();
            if (merged) {
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                    splitBack(c);
                }
            }
        }
        out.append("\nJVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, ")
                .append(ManagementFactory.getGarbageCollectorMXBeans().get(0).getName()).append('\n');
        System.out.println(out);
        Files.writeString(dir.resolve("report-benchmark.md"), out);
    }

    /** Moves every province's tasks into plan 1 (codes suffixed with their plan, areas by position). */
    private static void mergeIntoOnePlan(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE task SET code = CONCAT(code, '/', plan_id) WHERE plan_id <> 1");
            s.executeUpdate("UPDATE task t JOIN plan_area a ON a.id = t.area_id JOIN plan_area a1 ON a1.plan_id = 1 "
                    + "AND a1.position = a.position SET t.area_id = a1.id, t.plan_id = 1 WHERE t.code LIKE '%/%'");
        }
    }

    /** Undoes {@link #mergeIntoOnePlan}. */
    private static void splitBack(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE task t JOIN plan_area a1 ON a1.id = t.area_id JOIN plan_area a "
                    + "ON a.plan_id = CAST(SUBSTRING_INDEX(t.code, '/', -1) AS UNSIGNED) AND a.position = a1.position "
                    + "SET t.plan_id = a.plan_id, t.area_id = a.id WHERE t.code LIKE '%/%'");
            s.executeUpdate("UPDATE task SET code = SUBSTRING_INDEX(code, '/', 1) WHERE code LIKE '%/%'");
        }
    }

    private record Call(EntityManager em, long plan) {
    }

    private static PeriodicReports reports(EntityManager em) {
        return new PeriodicReports(new PlanRepository(em), new ReportQueries(em), new DashboardQueries(em),
                new IndicatorRepository(em, CLOCK), new ParIndexRepository(em, CLOCK), new WrittenSectionRepository(em),
                new ParIndexFramework(new ParIndexFrameworkRepository(em, CLOCK), new PlanRepository(em),
                        new DashboardQueries(em), new OfficialRepository(em), new AgencyRepository(em), "SO_NOI_VU",
                        CLOCK),
                new OfficialRepository(em), new AgencyRepository(em), "P1_SO0", CLOCK);
    }

    private static void measure(StringBuilder out, EntityManagerFactory emf, String name, long[] plans,
                                Function<Call, ReportFile> report) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            run(emf, plans[RANDOM.nextInt(plans.length)], report);
        }
        long[] nanos = new long[RUNS];
        long[] sizes = new long[RUNS];
        long worstHeap = 0;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < RUNS; i++) {
            long plan = plans[i % plans.length];
            System.gc();
            Thread.sleep(50);
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            ReportFile file = run(emf, plan, report);
            nanos[i] = System.nanoTime() - start;
            running.set(false);
            sampler.join();
            sizes[i] = file.content().length;
            worstHeap = Math.max(worstHeap, peak.get() - before);
        }
        Arrays.sort(nanos);
        Arrays.sort(sizes);
        out.append(String.format("| %s | %.0f | %.0f | %.0f | %d | %.0f | %d |%n", name, nanos[RUNS / 2] / 1e6,
                nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6, sizes[RUNS / 2] / 1024,
                worstHeap / 1048576.0, RUNS));
    }

    private static ReportFile run(EntityManagerFactory emf, long plan, Function<Call, ReportFile> report) {
        return inTransaction(emf, em -> report.apply(new Call(em, plan)));
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long[] ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
