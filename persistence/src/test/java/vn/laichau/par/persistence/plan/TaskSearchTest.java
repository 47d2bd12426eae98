package vn.laichau.par.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.domain.model.plan.EvidenceRequirement;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.model.plan.TaskDefinition;
import vn.laichau.par.persistence.Jpa;

class TaskSearchTest {

    private static long planId;

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        Jpa.run(em -> {
            Plan plan = new PlanRepository(em).findById(planId).orElseThrow();
            plan.addTask(plan.area("III").orElseThrow(), new TaskDefinition("III.9",
                    Optional.empty(), "Hướng dẫn Đăng ký kinh doanh qua mạng điện tử", "Sở Tài chính",
                    List.of(ResponsibleParty.agency("SO_NOI_VU")), "", List.of(), "Trước 20/12 hàng năm",
                    EvidenceRequirement.none(), Optional.empty()));
        });
    }

    @Test
    void wordsWithoutDiacriticsFindTasksWithThem() {
        Jpa.run(em -> assertThat(new TaskRepository(em).search("dao tao", Optional.empty(), 50))
                .extracting(Task::code).containsExactly("V.7.1", "V.7.2", "IX.2"));
    }

    @Test
    void upperCaseWithoutDiacriticsFindsLowerCaseWithThem() {
        Jpa.run(em -> assertThat(new TaskRepository(em).search("DANG KY", Optional.of(planId), 50))
                .extracting(Task::code).containsExactly("III.9"));
    }

    @Test
    void theQueryMayCarryDiacriticsAndLikeWildcardsAreLiteral() {
        Jpa.run(em -> {
            TaskRepository tasks = new TaskRepository(em);
            assertThat(tasks.search("ĐÀO TẠO", Optional.empty(), 50))
                    .hasSameElementsAs(tasks.search("dao tao", Optional.empty(), 50));
            assertThat(tasks.search("dao tao xyzzy", Optional.empty(), 50)).isEmpty();
            assertThat(tasks.search("dao%tao", Optional.empty(), 50)).isEmpty();
            assertThat(tasks.search("  ", Optional.empty(), 50)).isEmpty();
        });
    }
}
