package vn.laichau.par.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.EvidenceRequirement;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.domain.model.plan.ManualDeadline;
import vn.laichau.par.domain.model.plan.TaskDefinition;
import jakarta.persistence.EntityManager;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

class PlanDataRejectionTest {

    private static long planId;

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    private static TaskDefinition task(String code, String lead) {
        return new TaskDefinition(code, Optional.empty(), "Tổ chức tập huấn nghiệp vụ " + code, "Sở Nội vụ",
                List.of(ResponsibleParty.agency(lead)), "", List.of(), "Trước 20/12 hàng năm",
                EvidenceRequirement.none(), Optional.empty());
    }

    private static String counts() {
        return Jpa.count("SELECT COUNT(*) FROM task") + "/" + Jpa.count("SELECT COUNT(*) FROM task_lead_party") + "/"
                + Jpa.count("SELECT COUNT(*) FROM occurrence");
    }

    @Test
    void aDuplicateTaskCodeIsRejectedNamingTheRowAndNothingIsWritten() {
        String before = counts();
        assertThatThrownBy(() -> Jpa.run(em -> tasks(em).addTasks(planId, List.of(
                TaskRow.of("I", task("I.90", "SO_NOI_VU")), TaskRow.of("I", task("I.1", "SO_NOI_VU"))))))
                .isInstanceOfSatisfying(InvalidPlanDataException.class, e -> {
                    assertThat(e.row()).isEqualTo("dòng/row 2 (I.1)");
                    assertThat(e.messageEn()).contains("Duplicate task code I.1");
                });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anUnknownAgencyIsRejectedNamingTheRowAndNothingIsWritten() {
        String before = counts();
        assertThatThrownBy(() -> Jpa.run(em -> tasks(em).addTasks(planId, List.of(
                TaskRow.of("II", task("II.90", "SO_NOI_VU")), TaskRow.of("II", task("II.91", "SO_KHONG_CO"))))))
                .isInstanceOfSatisfying(InvalidPlanDataException.class, e -> {
                    assertThat(e.row()).isEqualTo("dòng/row 2 (II.91)");
                    assertThat(e.messageEn()).isEqualTo("Unknown agency SO_KHONG_CO");
                });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDueDateBeforeThePlansIssueDateIsRejectedNamingTheRow() {
        String before = counts();
        assertThatThrownBy(() -> Jpa.run(em -> tasks(em).addTasks(planId, List.of(
                new TaskRow("III", task("III.90", "SO_NOI_VU"),
                        Optional.of(ManualDeadline.once(LocalDate.of(2017, 1, 5), "Công văn số 1")))))))
                .isInstanceOfSatisfying(InvalidPlanDataException.class, e -> {
                    assertThat(e.row()).isEqualTo("dòng/row 1 (III.90)");
                    assertThat(e.messageEn()).contains("before the plan's issue date");
                    assertThat(e.messageVi()).matches("Hạn 05/01/2017 trước ngày ban hành kế hoạch \\d\\d/\\d\\d/\\d{4}");
                });
        long taskId = Jpa.count("SELECT id FROM task WHERE code = 'I.1'");
        long agencyId = Jpa.count("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
        assertThatThrownBy(() -> Jpa.run(em -> new OccurrenceRepository(em)
                .addAll(List.of(new Occurrence(taskId, agencyId, new DueDate("2030", LocalDate.of(2030, 3, 1)), false),
                        new Occurrence(taskId, agencyId, new DueDate("2016", LocalDate.of(2016, 12, 31)), false)))))
                .isInstanceOfSatisfying(InvalidPlanDataException.class,
                        e -> {
                            assertThat(e.row()).isEqualTo("dòng/row 2 (I.1, 2016, agency " + agencyId + ")");
                            assertThat(e.messageVi()).matches("Hạn 31/12/2016 trước ngày ban hành kế hoạch "
                                    + "\\d\\d/\\d\\d/\\d{4}");
                        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void validRowsAreAddedWithTheirOccurrences() {
        long occurrencesBefore = Jpa.count("SELECT COUNT(*) FROM occurrence");
        Jpa.run(em -> tasks(em).addTasks(planId, List.of(TaskRow.of("IV", task("IV.90", "SO_TU_PHAP")))));
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE code = 'IV.90'")).isEqualTo(1);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence")).isEqualTo(occurrencesBefore + 4);
    }

    private static PlanStore tasks(EntityManager em) {
        return new PlanStore(new PlanRepository(em), new AgencyRepository(em), UseCases.occurrenceCreation(em));
    }
}
