package vn.laichau.par.persistence.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.occurrence.StatusCount;
import vn.laichau.par.persistence.plan.ParIndexRepository;
import vn.laichau.par.persistence.plan.PlanRepository;
import vn.laichau.par.testsupport.TestDatabase;

class ShippedPlanLoaderTest {

    /** The appendix's occurrences of 2017 and of a later plan year, and the 26 yearly reports of section III. */
    private static final long YEAR_2017 = 376 + 26;
    private static final long YEAR_2018 = 374 + 26;

    private static LoadReport first;

    @BeforeAll
    static void loadOnce() {
        first = Jpa.cleanAndLoadShippedPlan();
    }

    @Test
    void firstStartLoadsAgenciesGroupsPlanParIndexAndEveryYearsOccurrences() {
        assertThat(first.planAdded()).isTrue();
        assertThat(first.agenciesAdded()).isEqualTo(vn.laichau.par.domain.model.agency.AgencyReference.laiChau().agencies().size());
        assertThat(first.groupsAdded()).isEqualTo(6);
        assertThat(first.parIndexResultsAdded()).isPositive();
        assertThat(first.occurrencesAdded()).isEqualTo(YEAR_2017 + YEAR_2018 * 3);
        assertThat(Jpa.count("SELECT COUNT(*) FROM task")).isEqualTo(50 + 2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE body_section IS NOT NULL")).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM plan_area")).isEqualTo(10);
        assertThat(Jpa.count("SELECT COUNT(*) FROM area_lead_party")).isEqualTo(1 + 1 + 1 + 1 + 1 + 1 + 2 + 4 + 3);
        assertThat(Jpa.count("SELECT COUNT(*) FROM indicator")).isEqualTo(36);
        assertThat(Jpa.count("SELECT COUNT(*) FROM indicator_target WHERE comparison = 'ABOVE_LAST_YEAR'")).isEqualTo(4);
        assertThat(Jpa.count("SELECT COUNT(*) FROM task_indicator")).isEqualTo(34);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence")).isEqualTo(YEAR_2017 + YEAR_2018 * 3);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.code = 'TCTH.2'"
                + " AND o.due_date = '2018-12-25'")).as("every department and district reports").isEqualTo(26);
    }

    @Test
    void aPlanStoredBeforeTheBodysObligationsGainsThemOnTheNextStart() {
        Jpa.inTransaction(em -> {
            em.createNativeQuery("DELETE FROM occurrence WHERE task_id IN (SELECT id FROM task WHERE body_section IS NOT NULL)")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM task WHERE body_section IS NOT NULL").executeUpdate();
            em.createNativeQuery("DELETE FROM area_lead_party").executeUpdate();
            em.createNativeQuery("DELETE FROM area_coordinating_party").executeUpdate();
            em.createNativeQuery("UPDATE plan_area SET responsibility_section = NULL, lead_text = NULL,"
                    + " coordinating_text = NULL").executeUpdate();
            em.createNativeQuery("DELETE FROM task_indicator WHERE indicator_code > 'CT22'").executeUpdate();
            em.createNativeQuery("DELETE FROM indicator_target WHERE indicator_id IN (SELECT id FROM indicator"
                    + " WHERE code > 'CT22')").executeUpdate();
            em.createNativeQuery("DELETE FROM indicator WHERE code > 'CT22'").executeUpdate();
            return null;
        });
        Jpa.run(em -> em.getEntityManagerFactory().getCache().evictAll());
        Jpa.inTransaction(em -> Jpa.shippedPlanLoader(em).load());
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE body_section IS NOT NULL")).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM indicator")).isEqualTo(36);
        assertThat(Jpa.count("SELECT COUNT(*) FROM task_indicator")).isEqualTo(34);
        assertThat(Jpa.count("SELECT COUNT(*) FROM area_lead_party")).isEqualTo(15);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence")).isEqualTo(YEAR_2017 + YEAR_2018 * 3);
    }

    @Test
    void secondStartChangesNothing() throws Exception {
        List<String> before = snapshot();
        LoadReport second = Jpa.inTransaction(em -> Jpa.shippedPlanLoader(em).load());
        assertThat(second.changedNothing()).as(second.toString()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void agenciesKeepTheirParentsAndSuccessors() {
        Jpa.run(em -> {
            AgencyRepository agencies = new AgencyRepository(em);
            var noiVu = agencies.findByCode("SO_NOI_VU").orElseThrow();
            var province = agencies.findByCode("UBND_TINH").orElseThrow();
            assertThat(noiVu.getParentId()).contains(province.getId());
            var councilOffice = agencies.findByCode("VP_HDND_TINH").orElseThrow();
            var successor = agencies.findByCode("VP_DOAN_DBQH_HDND_TINH").orElseThrow();
            assertThat(councilOffice.getSuccessorId()).contains(successor.getId());
            assertThat(agencies.directory().group("UBND_CAP_XA")).isPresent();
        });
    }

    @Test
    void parIndexHistoryIsStoredOldestFirst() {
        Jpa.run(em -> assertThat(new ParIndexRepository(em, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))).history("Lai Châu"))
                .extracting(r -> r.year()).isSorted().isNotEmpty());
    }

    @Test
    void occurrenceCountsOfThePlanYear2018ByAreaAndStatus() {
        Jpa.run(em -> {
            Plan plan = new PlanRepository(em).findByNumber("447/KH-UBND").orElseThrow();
            OccurrenceRepository occurrences = new OccurrenceRepository(em);
            List<StatusCount> byArea = occurrences.countByAreaAndStatus(plan.id(), 2018, LocalDate.of(2018, 7, 1),
                    StatusRule.standard());
            assertThat(byArea.stream().mapToLong(StatusCount::count).sum()).isEqualTo(YEAR_2018);
            Map<String, Long> byNumeral = new TreeMap<>();
            plan.areas().forEach(a -> byNumeral.put(a.numeral(), byArea.stream()
                    .filter(c -> c.groupId() == a.id()).mapToLong(StatusCount::count).sum()));
            assertThat(byNumeral.get("VIII")).isEqualTo(26 + 114 + 132 + 26 + 26);
            List<StatusCount> byAgency = occurrences.countByAgencyAndStatus(plan.id(), 2018, LocalDate.of(2018, 7, 1),
                    StatusRule.standard());
            assertThat(byAgency.stream().mapToLong(StatusCount::count).sum()).isEqualTo(YEAR_2018);
            assertThat(byAgency).extracting(StatusCount::status)
                    .isSubsetOf(OccurrenceStatus.OVERDUE, OccurrenceStatus.DUE_SOON, OccurrenceStatus.NOT_YET_DUE);
        });
    }

    private static List<String> snapshot() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("agency", "agency_group", "agency_group_member_kind", "plan", "plan_area",
                    "task", "task_lead_party", "indicator", "indicator_target", "par_index_result", "occurrence")) {
                try (ResultSet rs = s.executeQuery("CHECKSUM TABLE " + table + " EXTENDED")) {
                    rs.next();
                    lines.add(table + " " + rs.getString(2));
                }
            }
        }
        return lines;
    }
}
