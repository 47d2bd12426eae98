package vn.laichau.par.persistence.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A country-sized data set written straight with multi-row INSERTs: 34 provinces, each with its committee,
 * 20 departments and 110 communes, one plan of 60 tasks in ten areas, and ten plan years (2017–2026) of
 * occurrences (about 950 000). Task kinds mix as in real plans: single-department tasks, tasks of every
 * department (yearly and quarterly) and tasks of every commune (yearly and half-yearly). Past years are
 * mostly finished, some late, some still open; the current year is under way.
 */
public final class LargeDataSet {

    static final int PROVINCES = 34;
    static final int DEPARTMENTS = 20;
    static final int COMMUNES = 110;
    static final int TASKS = 60;
    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2026;
    private static final int ROWS_PER_INSERT = 2000;

    private final Connection connection;
    private final LocalDate today;
    private final Random random = new Random(447);

    public LargeDataSet(Connection connection, LocalDate today) {
        this.connection = connection;
        this.today = today;
    }

    public long occurrences() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM occurrence")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void generate() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
        }
        long agencyId = 1_000_000;
        long taskId = 1_000_000;
        long occurrenceId = 1;
        Rows agencies = new Rows("INSERT INTO agency (id, code, name, kind, parent_id, valid_from) VALUES ");
        Rows plans = new Rows("INSERT INTO plan (id, number, title, issuer, issued_on, first_year, last_year) VALUES ");
        Rows areas = new Rows("INSERT INTO plan_area (id, plan_id, position, numeral, name) VALUES ");
        Rows tasks = new Rows("INSERT INTO task (id, plan_id, area_id, position, code, full_text, lead_text, "
                + "coordinating_text, deadline_phrase, search_text) VALUES ");
        Rows occurrences = new Rows("INSERT INTO occurrence (id, task_id, agency_id, plan_year, period, due_date, "
                + "evidence_required, evidence_count, progress_percent, finished_on, updated_at) VALUES ");
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        for (int p = 1; p <= PROVINCES; p++) {
            long committee = agencyId++;
            agencies.add(committee, "'P" + p + "_UBND'", "'Ủy ban nhân dân tỉnh số " + p + "'", "'PROVINCIAL_COMMITTEE'",
                    "NULL", "'2017-01-01'");
            long[] departments = new long[DEPARTMENTS];
            for (int d = 0; d < DEPARTMENTS; d++) {
                departments[d] = agencyId++;
                agencies.add(departments[d], "'P" + p + "_SO" + d + "'", "'Sở số " + d + " tỉnh " + p + "'",
                        "'DEPARTMENT'", committee, "'2017-01-01'");
            }
            long[] communes = new long[COMMUNES];
            for (int c = 0; c < COMMUNES; c++) {
                communes[c] = agencyId++;
                agencies.add(communes[c], "'P" + p + "_XA" + c + "'", "'UBND xã số " + c + " tỉnh " + p + "'",
                        "'COMMUNE_COMMITTEE'", committee, "'2017-01-01'");
            }
            long planId = p;
            plans.add(planId, "'" + p + "/KH-UBND'", "'Kế hoạch cải cách hành chính tỉnh " + p + "'",
                    "'UBND tỉnh " + p + "'", "'2017-01-10'", FIRST_YEAR, LAST_YEAR);
            long firstArea = (long) p * 100;
            for (int a = 0; a < numerals.length; a++) {
                areas.add(firstArea + a, planId, a + 1, "'" + numerals[a] + "'", "'Lĩnh vực " + numerals[a] + "'");
            }
            for (int t = 0; t < TASKS; t++) {
                long id = taskId++;
                int area = t % numerals.length;
                String code = numerals[area] + "." + (t / numerals.length + 1);
                String text = (t % 7 == 0 ? "Đào tạo, bồi dưỡng" : "Triển khai nhiệm vụ") + " số " + t + " của tỉnh " + p;
                tasks.add(id, planId, firstArea + area, t + 1, "'" + code + "'", "'" + text + "'", "'Sở Nội vụ'", "''",
                        "'Trước 20/12 hàng năm'", "'" + code.toLowerCase() + " " + fold(text) + "'");
                TaskKind kind = TaskKind.of(t);
                long[] responsible = switch (kind) {
                    case ONE_DEPARTMENT -> new long[]{departments[t % DEPARTMENTS]};
                    case DEPARTMENTS_YEARLY, DEPARTMENTS_QUARTERLY -> departments;
                    case COMMUNES_YEARLY, COMMUNES_HALF_YEARLY -> communes;
                };
                int dueMonth = 1 + random.nextInt(12);
                int dueDay = 1 + random.nextInt(28);
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    for (Period period : kind.periods(year, dueMonth, dueDay)) {
                        for (long agency : responsible) {
                            occurrences.add(occurrence(occurrenceId++, id, agency, year, period));
                        }
                    }
                }
            }
            agencies.flush();
            plans.flush();
            areas.flush();
            tasks.flush();
            occurrences.flush();
            connection.commit();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 1");
            s.execute("SET SESSION unique_checks = 1");
            s.execute("ANALYZE TABLE agency, task, occurrence");
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private Object[] occurrence(long id, long taskId, long agencyId, int year, Period period) {
        LocalDate due = period.due();
        LocalDate finished = null;
        double roll = random.nextDouble();
        double finishedShare = due.isBefore(today.minusMonths(6)) ? 0.88 : due.isBefore(today) ? 0.6 : 0.1;
        if (roll < finishedShare) {
            int shift = roll < finishedShare * 0.7 ? -random.nextInt(30) : 1 + random.nextInt(40);
            finished = due.plusDays(shift);
            if (finished.isAfter(today)) {
                finished = today;
            }
        }
        boolean evidence = taskId % 3 == 0;
        int progress = finished != null ? 100 : due.isAfter(today) ? random.nextInt(60) : random.nextInt(100);
        LocalDateTime touched = (finished != null ? finished : due.isAfter(today) ? today.minusDays(random.nextInt(60)) : due)
                .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
        if (touched.isAfter(today.atStartOfDay())) {
            touched = today.minusDays(1).atTime(12, 0);
        }
        return new Object[]{id, taskId, agencyId, year, "'" + period.name() + "'", "'" + due + "'", evidence,
                finished != null && evidence ? 1 : 0, progress, finished == null ? "NULL" : "'" + finished + "'",
                "'" + touched + "'"};
    }

    private static String fold(String text) {
        return vn.laichau.par.domain.model.plan.SearchText.fold(text);
    }

    private record Period(String name, LocalDate due) {
    }

    private enum TaskKind {
        ONE_DEPARTMENT, DEPARTMENTS_YEARLY, DEPARTMENTS_QUARTERLY, COMMUNES_YEARLY, COMMUNES_HALF_YEARLY;

        static TaskKind of(int task) {
            if (task < 26) {
                return ONE_DEPARTMENT;
            }
            if (task < 38) {
                return DEPARTMENTS_YEARLY;
            }
            if (task < 42) {
                return DEPARTMENTS_QUARTERLY;
            }
            return task < 58 ? COMMUNES_YEARLY : COMMUNES_HALF_YEARLY;
        }

        List<Period> periods(int year, int month, int day) {
            List<Period> periods = new ArrayList<>();
            switch (this) {
                case DEPARTMENTS_QUARTERLY -> {
                    for (int q = 1; q <= 4; q++) {
                        periods.add(new Period(year + "-Q" + q, LocalDate.of(year, q * 3, 15)));
                    }
                }
                case COMMUNES_HALF_YEARLY -> {
                    periods.add(new Period(year + "-H1", LocalDate.of(year, 6, 15)));
                    periods.add(new Period(year + "-H2", LocalDate.of(year, 12, 15)));
                }
                default -> periods.add(new Period(String.valueOf(year), LocalDate.of(year, month, day)));
            }
            return periods;
        }
    }

    /** Rows of one table gathered into multi-row INSERT statements. */
    private final class Rows {
        private final String prefix;
        private final StringBuilder values = new StringBuilder();
        private int count;

        Rows(String prefix) {
            this.prefix = prefix;
        }

        void add(Object... row) {
            if (count > 0) {
                values.append(',');
            }
            values.append('(');
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    values.append(',');
                }
                values.append(row[i]);
            }
            values.append(')');
            if (++count == ROWS_PER_INSERT) {
                flushQuietly();
            }
        }

        void flush() throws SQLException {
            if (count == 0) {
                return;
            }
            try (Statement s = connection.createStatement()) {
                s.executeUpdate(prefix + values);
            }
            values.setLength(0);
            count = 0;
        }

        private void flushQuietly() {
            try {
                flush();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
