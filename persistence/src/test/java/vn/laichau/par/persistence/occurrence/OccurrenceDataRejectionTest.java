package vn.laichau.par.persistence.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.plan.InvalidPlanDataException;
import vn.laichau.par.persistence.Jpa;

class OccurrenceDataRejectionTest {

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
    }

    @Test
    void anOccurrenceForAnUnknownAgencyIsRejected() {
        long taskId = Jpa.count("SELECT id FROM task WHERE code = 'I.1'");
        assertThatThrownBy(() -> Jpa.run(em -> new OccurrenceRepository(em)
                .addAll(List.of(new Occurrence(taskId, 999_999, new DueDate("2030", LocalDate.of(2030, 3, 1)), false)))))
                .isInstanceOfSatisfying(InvalidPlanDataException.class,
                        e -> assertThat(e.messageEn()).isEqualTo("Unknown agency 999999"));
    }
}
