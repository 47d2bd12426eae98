package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.par.application.occurrence.WorkPlace.CLOCK;
import static vn.laichau.par.application.occurrence.WorkPlace.find;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;

/** Finishing an occurrence, and the evidence a task asks for before it. */
class OccurrenceFinishingTest {

    private static WorkPlace place;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void load() {
        place = WorkPlace.load();
    }

    private static Occurrence finish(long id, long version) {
        return Jpa.inTransaction(em -> UseCases.occurrenceFinishing(em, CLOCK)
                .finish(place.official, Channel.BOT, id, version));
    }

    @Test
    void finishingWithoutRequiredEvidenceIsRefusedAndWritesNothing() {
        long id = place.occurrenceNeedingEvidence(1);
        long version = find(id).version();
        assertThatThrownBy(() -> finish(id, version)).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.reason()).isEqualTo(Refusal.Reason.EVIDENCE_MISSING);
            assertThat(e.code()).isEqualTo("evidence-missing");
        });
        assertThat(find(id).isFinished()).isFalse();
        Jpa.run(em -> assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).isEmpty());
    }

    @Test
    void evidenceThenFinishAreRecordedAndAudited() {
        long id = place.occurrenceNeedingEvidence(2);
        long v0 = find(id).version();
        EvidenceStore store = new EvidenceStore(dataDir, EvidenceStore.DEFAULT_MAX_BYTES);
        Evidence stored = Jpa.inTransaction(em -> UseCases.evidenceSubmission(em, CLOCK, store).submit(place.official,
                Channel.BOT, id, v0, "Quyết định 12.txt", "text/plain",
                new ByteArrayInputStream("Quyết định".getBytes(StandardCharsets.UTF_8))));
        long v1 = find(id).version();
        finish(id, v1);
        Occurrence finished = find(id);
        assertThat(finished.finishedOn()).contains(LocalDate.of(2018, 6, 1));
        assertThat(finished.evidenceCount()).isEqualTo(1);
        Jpa.run(em -> {
            OccurrenceQueries queries = UseCases.occurrenceQueries(em, CLOCK, store);
            assertThat(queries.evidenceOf(id)).singleElement()
                    .satisfies(e -> assertThat(e.sha256()).isEqualTo(stored.sha256()));
            assertThat(Files.isRegularFile(store.resolve(stored.storagePath()))).isTrue();
            assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).extracting(AuditEntry::field)
                    .containsExactlyInAnyOrder("evidence_count", "evidence", "finished_on", "progress_percent");
        });
        Jpa.run(em -> em.find(Occurrence.class, id).reopen());
        assertThat(find(id).isFinished()).isFalse();
    }

    @Test
    void evidenceWhoseRecordIsRefusedLeavesNoFile() throws Exception {
        long id = place.occurrenceNeedingEvidence(8);
        EvidenceStore store = new EvidenceStore(dataDir, EvidenceStore.DEFAULT_MAX_BYTES);
        assertThatThrownBy(() -> Jpa.run(em -> UseCases.evidenceSubmission(em, CLOCK, store).submit(place.leader,
                Channel.API, id, find(id).version(), "a.txt", "text/plain", new ByteArrayInputStream(new byte[] {1}))))
                .isInstanceOf(Refusal.class);
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
