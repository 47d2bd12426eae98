package vn.laichau.par.domain.model.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.deadline.DueDate;

class OccurrenceTest {

    private static final DueDate DUE = new DueDate("2019", LocalDate.of(2019, 12, 20));
    private static final StatusRule RULE = StatusRule.standard();

    @Test
    void isOpenAndNotYetDueWhenScheduled() {
        Occurrence occurrence = new Occurrence(7, 3, DUE, true);
        assertThat(occurrence.planYear()).isEqualTo(2019);
        assertThat(occurrence.period()).isEqualTo("2019");
        assertThat(occurrence.progressPercent()).isZero();
        assertThat(occurrence.status(RULE, LocalDate.of(2019, 6, 1))).isEqualTo(OccurrenceStatus.NOT_YET_DUE);
        assertThat(occurrence.status(RULE, LocalDate.of(2019, 12, 28))).isEqualTo(OccurrenceStatus.OVERDUE);
    }

    @Test
    void refusesToFinishWithoutTheEvidenceTheTaskAsksFor() {
        Occurrence occurrence = new Occurrence(7, 3, DUE, true);
        assertThatThrownBy(() -> occurrence.finish(LocalDate.of(2019, 12, 1)))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("evidence")
                .satisfies(e -> assertThat(((Refusal) e).reason()).isEqualTo(Refusal.Reason.EVIDENCE_MISSING))
                .satisfies(e -> assertThat(((Refusal) e).detailVi()).contains("tài liệu kiểm chứng"));
        assertThat(occurrence.isFinished()).isFalse();
    }

    @Test
    void finishesOnceEvidenceIsReceived() {
        Occurrence occurrence = new Occurrence(7, 3, DUE, true);
        occurrence.reportProgress(60);
        occurrence.receiveEvidence();
        occurrence.finish(LocalDate.of(2019, 12, 1));
        assertThat(occurrence.evidenceReceived()).isTrue();
        assertThat(occurrence.progressPercent()).isEqualTo(100);
        assertThat(occurrence.status(RULE, LocalDate.of(2020, 1, 10))).isEqualTo(OccurrenceStatus.FINISHED_EARLY);
        assertThatThrownBy(() -> occurrence.reportProgress(50)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reason()).isEqualTo(Refusal.Reason.CONFLICT));
    }

    @Test
    void finishesWithoutEvidenceWhenTheTaskAsksForNone() {
        Occurrence occurrence = new Occurrence(7, 3, DUE, false);
        occurrence.finish(LocalDate.of(2019, 12, 27));
        assertThat(occurrence.status(RULE, LocalDate.of(2020, 1, 10))).isEqualTo(OccurrenceStatus.FINISHED_LATE);
        occurrence.reopen();
        assertThat(occurrence.finishedOn()).isEmpty();
    }

    @Test
    void refusesProgressOutsideZeroToHundredAndAnEarlierExtension() {
        Occurrence occurrence = new Occurrence(7, 3, DUE, false);
        assertThatThrownBy(() -> occurrence.reportProgress(101)).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reason()).isEqualTo(Refusal.Reason.INVALID))
                .satisfies(e -> assertThat(((Refusal) e).detailVi()).contains("0 đến 100"));
        assertThatThrownBy(() -> occurrence.reportProgress(-1)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> occurrence.extendDeadline(LocalDate.of(2019, 12, 1))).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).reason()).isEqualTo(Refusal.Reason.INVALID))
                .satisfies(e -> assertThat(((Refusal) e).detailVi()).as("a date in a sentence is dd/MM/yyyy")
                        .contains("20/12/2019").doesNotContain("2019-12-20"));
        occurrence.extendDeadline(LocalDate.of(2020, 1, 15));
        assertThat(occurrence.dueDate()).isEqualTo("2020-01-15");
        assertThat(occurrence.period()).isEqualTo("2019");
    }
}
