package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.laichau.par.testsupport.TestDatabase;

/**
 * Calendar edits over HTTP re-date the stored occurrences whose deadline counts working days, in the same
 * transaction and with an audit entry each; a deadline written as a date stays. The fixture is a small plan
 * made through SQL: one task due "05 ngày làm việc kể từ ngày ký quyết định công bố" with an occurrence for the
 * decision signed on Tuesday 1/6/2032 (due Tuesday 8/6/2032), and one task due on the fixed day 8/6/2032.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarRedatingIT {

    private static final LocalDate DUE = LocalDate.of(2032, 6, 8);
    private static final String SWAP_DAY = "2032-06-03";
    private static final String MAKE_UP_SATURDAY = "2032-06-05";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private long workingDayOccurrence;
    private long fixedDateOccurrence;

    @BeforeEach
    void storeAWorkingDayDeadlineAndADatedOne() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        admin.delete("/api/v1/calendar/adjustments/" + SWAP_DAY);
        admin.delete("/api/v1/calendar/adjustments/" + MAKE_UP_SATURDAY);
        try (Connection c = TestDatabase.connect()) {
            long plan = insert(c, "INSERT INTO plan (number, title, issuer, issued_on, first_year, last_year) VALUES ('"
                    + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND', 'Kế hoạch cập nhật TTHC năm 2032', "
                    + "'UBND tỉnh Lai Châu', '2032-01-05', 2032, 2032)");
            long area = insert(c, "INSERT INTO plan_area (plan_id, position, numeral, name) VALUES (" + plan
                    + ", 1, 'III', 'Cải cách thủ tục hành chính')");
            long working = task(c, plan, area, 1, "III.1", "05 ngày làm việc kể từ ngày ký quyết định công bố");
            long dated = task(c, plan, area, 2, "III.2", "Xong trước 08/6/2032");
            long agency = AdminApi.count("SELECT id FROM agency WHERE code = 'SO_TU_PHAP'");
            workingDayOccurrence = insert(c, "INSERT INTO occurrence (task_id, agency_id, plan_year, period, due_date, "
                    + "evidence_required) VALUES (" + working + ", " + agency + ", 2032, '2032-E2032-06-01', '" + DUE
                    + "', FALSE)");
            fixedDateOccurrence = insert(c, "INSERT INTO occurrence (task_id, agency_id, plan_year, period, due_date, "
                    + "evidence_required) VALUES (" + dated + ", " + agency + ", 2032, '2032', '" + DUE + "', FALSE)");
        }
    }

    @AfterEach
    void closeTheFixtureAndTheCalendar() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        admin.delete("/api/v1/calendar/adjustments/" + SWAP_DAY);
        admin.delete("/api/v1/calendar/adjustments/" + MAKE_UP_SATURDAY);
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE occurrence SET finished_on = due_date, progress_percent = 100 WHERE id IN ("
                    + workingDayOccurrence + ", " + fixedDateOccurrence + ")");
        }
    }

    @Test
    void aSwapDayMovesTheWorkingDayDeadlineAndNotTheDatedOneAndRemovingItMovesItBack() {
        AdminApi admin = AdminApi.admin(base);
        String before = AdminApi.etag(admin.get("/api/v1/occurrences/" + workingDayOccurrence));

        HttpJson.Answer added = admin.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"" + SWAP_DAY + "\",\"kind\":\"DAY_OFF\",\"reason\":\"Nghỉ hoán đổi theo thông báo (thử)\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("movedOccurrences").asInt()).isEqualTo(added.json().path("moved").size())
                .isPositive();
        assertThat(move(added.json(), workingDayOccurrence)).isEqualTo("2032-06-08→2032-06-09");
        assertThat(move(added.json(), fixedDateOccurrence)).isNull();
        HttpJson.Answer moved = admin.get("/api/v1/occurrences/" + workingDayOccurrence);
        assertThat(moved.json().path("dueDate").asText()).isEqualTo("2032-06-09");
        assertThat(AdminApi.etag(moved)).isNotEqualTo(before);
        assertThat(admin.get("/api/v1/occurrences/" + fixedDateOccurrence).json().path("dueDate").asText())
                .isEqualTo("2032-06-08");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'occurrence' AND entity_id = "
                + workingDayOccurrence + " AND field = 'due_date' AND old_value = '2032-06-08' AND new_value = "
                + "'2032-06-09' AND channel = 'API' AND actor_official_id IS NOT NULL")).isEqualTo(1);
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'occurrence' AND entity_id = "
                + fixedDateOccurrence)).isZero();

        HttpJson.Answer removed = admin.delete("/api/v1/calendar/adjustments/" + SWAP_DAY);

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().path("kind").asText()).isEqualTo("DAY_OFF");
        assertThat(move(removed.json(), workingDayOccurrence)).isEqualTo("2032-06-09→2032-06-08");
        assertThat(dueDate(workingDayOccurrence)).isEqualTo(DUE);
        assertThat(dueDate(fixedDateOccurrence)).isEqualTo(DUE);
    }

    @Test
    void aMakeUpSaturdayBringsTheWorkingDayDeadlineForward() {
        AdminApi admin = AdminApi.admin(base);

        HttpJson.Answer added = admin.postJson("/api/v1/calendar/adjustments", "{\"date\":\"" + MAKE_UP_SATURDAY
                + "\",\"kind\":\"WORKING_DAY\",\"reason\":\"Làm bù thứ Bảy (thử)\"}");

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(move(added.json(), workingDayOccurrence)).isEqualTo("2032-06-08→2032-06-07");
        assertThat(dueDate(workingDayOccurrence)).isEqualTo(LocalDate.of(2032, 6, 7));
        assertThat(dueDate(fixedDateOccurrence)).isEqualTo(DUE);
    }

    @Test
    void aFinishedOccurrenceKeepsItsDayAndALeaderCannotEditTheCalendar() throws Exception {
        AdminApi admin = AdminApi.admin(base);
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE occurrence SET finished_on = '2032-06-02', progress_percent = 100 WHERE id = "
                    + workingDayOccurrence);
        }

        HttpJson.Answer byLeader = admin.newLeader().postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"" + SWAP_DAY + "\",\"kind\":\"DAY_OFF\",\"reason\":\"Thử\"}");
        HttpJson.Answer byAdmin = admin.postJson("/api/v1/calendar/adjustments",
                "{\"date\":\"" + SWAP_DAY + "\",\"kind\":\"DAY_OFF\",\"reason\":\"Nghỉ hoán đổi (thử)\"}");

        assertThat(byLeader.status()).isEqualTo(403);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
        assertThat(move(byAdmin.json(), workingDayOccurrence)).isNull();
        assertThat(dueDate(workingDayOccurrence)).isEqualTo(DUE);
    }

    private static String move(JsonNode answer, long occurrenceId) {
        for (JsonNode move : answer.path("moved")) {
            if (move.path("occurrenceId").asLong() == occurrenceId) {
                return move.path("from").asText() + "→" + move.path("to").asText();
            }
        }
        return null;
    }

    private static LocalDate dueDate(long occurrenceId) {
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT due_date FROM occurrence WHERE id = " + occurrenceId)) {
            rs.next();
            return rs.getDate(1).toLocalDate();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static long task(Connection c, long plan, long area, int position, String code, String phrase)
            throws Exception {
        long task = insert(c, "INSERT INTO task (plan_id, area_id, position, code, full_text, lead_text, "
                + "coordinating_text, deadline_phrase, search_text) VALUES (" + plan + ", " + area + ", " + position
                + ", '" + code + "', 'Cập nhật TTHC vào Cơ sở dữ liệu quốc gia', 'Sở Tư pháp', '', '" + phrase
                + "', 'cap nhat tthc')");
        try (PreparedStatement party = c.prepareStatement("INSERT INTO task_lead_party (task_id, position, party_kind, "
                + "party_code) VALUES (?, 0, 'AGENCY', 'SO_TU_PHAP')")) {
            party.setLong(1, task);
            party.executeUpdate();
        }
        return task;
    }

    private static long insert(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
