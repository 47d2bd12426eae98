package vn.laichau.par.persistence.occurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.testsupport.TestDatabase;

/** The finished occurrences counted per plan, year and agency by the triggers of V56 stay equal to a recount. */
class OccurrenceTallyTest {

    private static final String RECOUNT = "SELECT t.plan_id, o.plan_year, o.agency_id, SUM(o.finished_on <= o.due_date), "
            + "SUM(o.finished_on > o.due_date) FROM occurrence o JOIN task t ON t.id = o.task_id "
            + "WHERE o.finished_on IS NOT NULL GROUP BY t.plan_id, o.plan_year, o.agency_id ORDER BY 1, 2, 3";
    private static final String TALLY = "SELECT plan_id, plan_year, agency_id, finished_on_time, finished_late "
            + "FROM occurrence_tally WHERE finished_on_time > 0 OR finished_late > 0 ORDER BY 1, 2, 3";

    private List<long[]> open;

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
        open = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, version, due_date FROM occurrence "
                     + "WHERE finished_on IS NULL AND plan_year = 2018 ORDER BY id LIMIT 6")) {
            while (rs.next()) {
                open.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate().toEpochDay()});
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(open).hasSize(6);
    }

    @Test
    void finishingReopeningAndRemovingKeepTheCountsEqualToARecount() throws Exception {
        assertThat(rows(TALLY)).isEmpty();

        finish(0, -3);
        finish(1, 0);
        finish(2, 5);
        finish(3, 1);
        assertThat(rows(TALLY)).isEqualTo(rows(RECOUNT)).isNotEmpty();
        assertThat(total("finished_on_time")).isEqualTo(2);
        assertThat(total("finished_late")).isEqualTo(2);

        Jpa.run(em -> em.find(Occurrence.class, open.get(2)[0]).reopen());
        sql("UPDATE occurrence SET due_date = DATE_ADD(due_date, INTERVAL 10 DAY) WHERE id = " + open.get(3)[0]);
        sql("UPDATE occurrence SET progress_percent = 50 WHERE id = " + open.get(4)[0]);
        sql("DELETE FROM occurrence WHERE id = " + open.get(0)[0]);
        sql("INSERT INTO occurrence (task_id, agency_id, plan_year, period, due_date, evidence_required, finished_on, "
                + "progress_percent) SELECT task_id, agency_id, plan_year, '2018-H2', due_date, FALSE, "
                + "DATE_ADD(due_date, INTERVAL 2 DAY), 100 FROM occurrence WHERE id = " + open.get(5)[0]);

        assertThat(rows(TALLY)).isEqualTo(rows(RECOUNT));
        assertThat(total("finished_on_time")).isEqualTo(2);
        assertThat(total("finished_late")).isEqualTo(1);
    }

    private void finish(int index, int daysAfterDue) throws Exception {
        sql("UPDATE occurrence SET finished_on = DATE_ADD(due_date, INTERVAL " + daysAfterDue + " DAY), "
                + "progress_percent = 100 WHERE id = " + open.get(index)[0]);
    }

    private static long total(String column) {
        return Jpa.count("SELECT COALESCE(SUM(" + column + "), 0) FROM occurrence_tally");
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static List<List<Long>> rows(String sql) {
        List<List<Long>> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
