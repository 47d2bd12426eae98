package vn.laichau.par.persistence.benchmark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.embedded.EmbeddedMariaDb;
import vn.laichau.par.persistence.migration.SchemaMigration;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.plan.TaskRepository;

/**
 * Times each hot query through its repository (JPA, EclipseLink, MariaDB Connector/J) against the large data
 * set, and prints the results and each query's EXPLAIN as Markdown. The data set is generated on the first
 * run into {@code par.benchmark.dir} and kept for later runs; with {@code -Dpar.benchmark.generate-only=true} the
 * run ends there.
 */
public final class HotQueryBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final int RUNS = 200;
    private static final Random RANDOM = new Random(7);

    private HotQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("par.benchmark.dir", "target/benchmark-mariadb")).toAbsolutePath();
        Files.createDirectories(dir);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), 0)) {
            MariaDbDataSource dataSource = new MariaDbDataSource(db.jdbcUrl());
            dataSource.setUser(db.user());
            dataSource.setPassword(db.password());
            new SchemaMigration(dataSource).migrate();
            StringBuilder out = new StringBuilder();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                LargeDataSet data = new LargeDataSet(c, TODAY);
                if (data.occurrences() == 0) {
                    long start = System.nanoTime();
                    data.generate();
                    out.append("Generated in ").append((System.nanoTime() - start) / 1_000_000_000).append(" s\n\n");
                }
                out.append("Occurrences: ").append(data.occurrences()).append(", agencies: ")
                        .append(single(c, "SELECT COUNT(*) FROM agency")).append(", tasks: ")
                        .append(single(c, "SELECT COUNT(*) FROM task")).append("\n\n");
            }
            if (Boolean.getBoolean("par.benchmark.generate-only")) {
                System.out.print(out);
                return;
            }
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("par", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                    "jakarta.persistence.jdbc.url", db.jdbcUrl(),
                    "jakarta.persistence.jdbc.user", db.user(),
                    "jakarta.persistence.jdbc.password", db.password()));
            long[] communes;
            long[] plans;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                communes = ids(c, "SELECT id FROM agency WHERE kind = 'COMMUNE_COMMITTEE'");
                plans = ids(c, "SELECT id FROM plan");
            }
            out.append("| query | median ms | p95 ms | max ms | rows (median) | runs |\n|---|---|---|---|---|---|\n");
            time(out, emf, "open occurrences due in the next 14 days (daily scan, all provinces)", 20,
                    em -> new OccurrenceRepository(em).openDueBetween(TODAY, TODAY.plusDays(14)).size());
            time(out, emf, "overdue occurrences of one commune", RUNS,
                    em -> new OccurrenceRepository(em).overdueOf(pick(communes), TODAY).size());
            time(out, emf, "occurrences of one commune for 2025", RUNS,
                    em -> new OccurrenceRepository(em).ofAgencyAndYear(pick(communes), 2025).size());
            time(out, emf, "counts by area x status, one plan, 2025", RUNS,
                    em -> new OccurrenceRepository(em).countByAreaAndStatus(pick(plans), 2025, TODAY,
                            StatusRule.standard()).size());
            time(out, emf, "counts by agency x status, one plan, 2025", RUNS,
                    em -> new OccurrenceRepository(em).countByAgencyAndStatus(pick(plans), 2025, TODAY,
                            StatusRule.standard()).size());
            Instant since = TODAY.minusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            time(out, emf, "changed since 3 days ago, first page of 500", RUNS,
                    em -> new OccurrenceRepository(em).changedSince(since, 0, 500).size());
            time(out, emf, "task search \"dao tao\" (2 040 tasks)", RUNS,
                    em -> new TaskRepository(em).search("dao tao", Optional.empty(), 50).size());
            emf.close();
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                long commune = communes[0];
                long plan = plans[0];
                explain(out, c, "daily scan", "SELECT * FROM occurrence WHERE finished_on IS NULL AND due_date "
                        + "BETWEEN '" + TODAY + "' AND '" + TODAY.plusDays(14) + "' ORDER BY due_date, id");
                explain(out, c, "overdue of one agency", "SELECT * FROM occurrence WHERE agency_id = " + commune
                        + " AND finished_on IS NULL AND due_date < '" + TODAY + "' ORDER BY due_date, id");
                explain(out, c, "one agency x one year", "SELECT * FROM occurrence WHERE agency_id = " + commune
                        + " AND plan_year = 2025 ORDER BY due_date, id");
                explain(out, c, "counts by area x status", "SELECT t.area_id, CASE WHEN o.finished_on IS NOT NULL "
                        + "THEN 'F' WHEN o.due_date < '" + TODAY + "' THEN 'OVERDUE' ELSE 'OPEN' END AS status, COUNT(*) "
                        + "FROM task t JOIN occurrence o ON o.task_id = t.id AND o.plan_year = 2025 WHERE t.plan_id = "
                        + plan + " GROUP BY t.area_id, status");
                explain(out, c, "counts by agency x status", "SELECT o.agency_id, CASE WHEN o.finished_on IS NOT NULL "
                        + "THEN 'F' WHEN o.due_date < '" + TODAY + "' THEN 'OVERDUE' ELSE 'OPEN' END AS status, COUNT(*) "
                        + "FROM task t JOIN occurrence o ON o.task_id = t.id AND o.plan_year = 2025 WHERE t.plan_id = "
                        + plan + " GROUP BY o.agency_id, status");
                explain(out, c, "changed since", "SELECT * FROM occurrence WHERE updated_at >= '" + TODAY.minusDays(3)
                        + "' AND (updated_at > '" + TODAY.minusDays(3) + "' OR id > 0) ORDER BY updated_at, id LIMIT 500");
            }
            System.out.println(out);
            Files.writeString(dir.resolve("report.md"), out);
        }
    }

    private static void time(StringBuilder out, EntityManagerFactory emf, String name, int runs,
                             ToIntFunction<EntityManager> query) {
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            run(emf, query);
        }
        long[] nanos = new long[runs];
        int[] rows = new int[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows[i] = run(emf, query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(rows);
        out.append(String.format("| %s | %.2f | %.2f | %.2f | %d | %d |%n", name, nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6, rows[runs / 2], runs));
    }

    private static int run(EntityManagerFactory emf, ToIntFunction<EntityManager> query) {
        EntityManager em = emf.createEntityManager();
        try {
            return query.applyAsInt(em);
        } finally {
            em.close();
        }
    }

    private static long pick(long[] ids) {
        return ids[RANDOM.nextInt(ids.length)];
    }

    private static long[] ids(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void explain(StringBuilder out, Connection c, String name, String sql) throws Exception {
        out.append("\n#### EXPLAIN: ").append(name).append("\n\n```sql\n").append(sql).append("\n```\n\n");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder header = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.append(' ').append(meta.getColumnLabel(i)).append(" |");
                rule.append("---|");
            }
            out.append(header).append('\n').append(rule).append('\n');
            while (rs.next()) {
                out.append('|');
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    out.append(' ').append(rs.getString(i)).append(" |");
                }
                out.append('\n');
            }
        }
    }
}
