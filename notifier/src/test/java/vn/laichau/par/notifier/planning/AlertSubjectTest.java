package vn.laichau.par.notifier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.domain.model.occurrence.Occurrence;

class AlertSubjectTest {

    private static final List<String> DOCUMENTS = List.of("Quyết định ban hành", "Báo cáo");

    private static Occurrence stored(boolean evidenceRequired) {
        DueDate due = new DueDate("2025", LocalDate.of(2025, 12, 20));
        return new Occurrence(5, 10, due, evidenceRequired) {
            @Override
            public Long id() {
                return 77L;
            }
        };
    }

    @Test
    void evidenceIsMissingUntilTheAgencySendsSome() {
        Occurrence occurrence = stored(true);

        AlertSubject before = AlertSubject.of(occurrence, "I.1", "Kế hoạch", "Sở Tư pháp", DOCUMENTS, false);
        occurrence.receiveEvidence();
        AlertSubject after = AlertSubject.of(occurrence, "I.1", "Kế hoạch", "Sở Tư pháp", DOCUMENTS, false);

        assertThat(before.missingEvidence()).containsExactlyElementsOf(DOCUMENTS);
        assertThat(after.missingEvidence()).isEmpty();
        assertThat(before.occurrenceId()).isEqualTo(77);
        assertThat(before.dueDate()).isEqualTo(LocalDate.of(2025, 12, 20));
    }

    @Test
    void finishedOccurrenceIsNotOpen() {
        Occurrence occurrence = stored(false);
        occurrence.finish(LocalDate.of(2025, 12, 1));

        AlertSubject subject = AlertSubject.of(occurrence, "I.1", "Kế hoạch", "Sở Tư pháp", List.of(), false);

        assertThat(subject.isOpen()).isFalse();
        assertThat(subject.finishedOn()).contains(LocalDate.of(2025, 12, 1));
        assertThat(subject.missingEvidence()).isEmpty();
    }
}
