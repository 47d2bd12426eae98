package vn.laichau.par.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Time limits stated in a task's text ("05 ngày làm việc kể từ ngày ký quyết định công bố") become obligations
 * when the event is recorded: due in working days, once per event, only for the lead agency.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskEventIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ApplicationDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static long task(String code) {
        return AdminApi.count("SELECT t.id FROM task t JOIN plan p ON p.id = t.plan_id WHERE p.number = '447/KH-UBND' "
                + "AND t.code = '" + code + "'");
    }

    private static long agency(String code) {
        return AdminApi.count("SELECT id FROM agency WHERE code = '" + code + "'");
    }

    @Test
    void recordingTheDecisionsDayCreatesTheObligationDueFiveWorkingDaysLater() {
        AdminApi admin = AdminApi.admin(base);
        long task = task("III.1.3");
        String events = "/api/v1/tasks/" + task + "/events";

        JsonNode deadlines = admin.get(events).json();
        assertThat(deadlines.path("items").size()).isEqualTo(1);
        assertThat(deadlines.at("/items/0/workingDays").asInt()).isEqualTo(5);
        assertThat(deadlines.at("/items/0/event").asText()).isEqualTo("ký quyết định công bố");

        // signed on Friday 24/04/2020: 27, 28, 29 April, then 30/4 and 1/5 are holidays, 4 and 5 May
        HttpJson.Answer recorded = admin.postJson(events, "{\"eventDate\":\"2020-04-24\","
                + "\"reference\":\"Quyết định số 612/QĐ-UBND\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode obligation = recorded.json().path("items").get(0);
        assertThat(recorded.json().path("items").size()).isEqualTo(1);
        assertThat(obligation.path("agencyId").asLong()).isEqualTo(agency("SO_TU_PHAP"));
        assertThat(obligation.path("period").asText()).isEqualTo("2020-E2020-04-24");
        assertThat(obligation.path("dueDate").asText()).isEqualTo("2020-05-05");
        long occurrence = obligation.path("occurrenceId").asLong();
        JsonNode stored = admin.get("/api/v1/occurrences/" + occurrence).json();
        assertThat(stored.path("dueDate").asText()).isEqualTo("2020-05-05");
        assertThat(stored.path("deadlineMeaning").asText())
                .isEqualTo("05 ngày làm việc kể từ ngày ký quyết định công bố (sự kiện ngày 24/04/2020)");
        assertThat(AdminApi.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'occurrence' AND entity_id = "
                + occurrence + " AND field = 'event' AND new_value LIKE '%612/QĐ-UBND%'")).isEqualTo(1);

        HttpJson.Answer again = admin.postJson(events, "{\"eventDate\":\"2020-04-24\"}");
        assertThat(again.status()).as("the same event twice").isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onlyTheLeadAgencysOfficialsRecordAndBadDaysAreRefused() {
        AdminApi admin = AdminApi.admin(base);
        String events = "/api/v1/tasks/" + task("III.1.3") + "/events";

        HttpJson.Answer own = admin.newOfficial(agency("SO_TU_PHAP")).postJson(events, "{\"eventDate\":\"2019-06-03\"}");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(admin.newOfficial(agency("SO_NOI_VU")).postJson(events, "{\"eventDate\":\"2019-06-04\"}").status())
                .as("another agency's official").isEqualTo(403);
        assertThat(admin.newLeader().postJson(events, "{\"eventDate\":\"2019-06-05\"}").status())
                .as("a leader reads only").isEqualTo(403);
        HttpJson.Answer future = admin.postJson(events, "{\"eventDate\":\"2099-01-01\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("eventDate");
        assertThat(admin.postJson(events, "{\"eventDate\":\"2016-05-05\"}").status()).as("before the plan").isEqualTo(400);
        assertThat(admin.postJson(events, "{}").status()).as("no day").isEqualTo(400);
        assertThat(admin.postJson(events, "{\"eventDate\":\"2019-06-06\",\"rule\":3}").status()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/tasks/" + task("I.1") + "/events", "{\"eventDate\":\"2019-06-06\"}")
                .status()).as("a task without an event deadline").isEqualTo(409);
        assertThat(admin.get("/api/v1/tasks/" + task("I.1") + "/events").json().path("items").size()).isZero();
        // the time limit the plan's body states for III.1.2 counts back from a legal document taking effect
        JsonNode before = admin.get("/api/v1/tasks/" + task("III.1.2") + "/events").json();
        assertThat(before.at("/items/0/direction").asText()).isEqualTo("BEFORE");
    }
}
