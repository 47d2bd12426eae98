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

    private static LoadReport first;

    @BeforeAll
    static void loadOnce() {
        first = Jpa.cleanAndLoadShippedPlan();
    }

    @Test
    void firstStartLoadsAgenciesGroupsPlanParIndexAndEveryYearsOccurrences() {
        assertThat(first.planAdded()).isTrue();
        assertThat(first.agenciesAdded()).isEqualTo(vn.laichau.par.domain.model.agency.AgencyReference.laiChau().agencies().size());
        assertThat(first.groupsAdded()).isEqualTo(5);
        assertThat(first.parIndexResultsAdded()).isPositive();
        assertThat(first.occurrencesAdded()).isEqualTo(376 + 374 * 3);
        assertThat(Jpa.count("SELECT COUNT(*) FROM task")).isEqualTo(50);
        assertThat(Jpa.count("SELECT COUNT(*) FROM plan_area")).isEqualTo(10);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence")).isEqualTo(376 + 374 * 3);
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
            assertThat(byArea.stream().mapToLong(StatusCount::count).sum()).isEqualTo(374);
            Map<String, Long> byNumeral = new TreeMap<>();
            plan.areas().forEach(a -> byNumeral.put(a.numeral(), byArea.stream()
                    .filter(c -> c.groupId() == a.id()).mapToLong(StatusCount::count).sum()));
            assertThat(byNumeral.get("VIII")).isEqualTo(26 + 114 + 132 + 26 + 26);
            List<StatusCount> byAgency = occurrences.countByAgencyAndStatus(plan.id(), 2018, LocalDate.of(2018, 7, 1),
                    StatusRule.standard());
            assertThat(byAgency.stream().mapToLong(StatusCount::count).sum()).isEqualTo(374);
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
