package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.EvidenceMissingException;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.testsupport.TestDatabase;

class OccurrenceRecorderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2018-06-01T02:00:00Z"), ZoneOffset.UTC);
    private static final Actor BOT_USER = new Actor(java.util.Optional.empty(), "Nguyễn Văn A", Channel.BOT);

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
    }

    private static long occurrenceNeedingEvidence(int index) {
        return Jpa.count("SELECT id FROM occurrence WHERE evidence_required AND finished_on IS NULL AND plan_year = 2018 "
                + "ORDER BY id LIMIT 1 OFFSET " + index);
    }

    private static Occurrence find(long id) {
        return Jpa.inTransaction(em -> em.find(Occurrence.class, id));
    }

    @Test
    void progressReportMovesProgressAndIsAudited() {
        long id = occurrenceNeedingEvidence(0);
        long version = find(id).version();
        Jpa.run(em -> new OccurrenceRecorder(em, CLOCK).reportProgress(id, version, 40, "Đang soạn dự thảo", BOT_USER));
        assertThat(find(id).progressPercent()).isEqualTo(40);
        Jpa.run(em -> {
            assertThat(new OccurrenceRecorder(em, CLOCK).reportsOf(id)).singleElement()
                    .satisfies(r -> assertThat(r.note()).contains("Đang soạn dự thảo"));
            assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).singleElement().satisfies(a -> {
                assertThat(a.field()).isEqualTo("progress_percent");
                assertThat(a.oldValue()).contains("0");
                assertThat(a.newValue()).contains("40");
                assertThat(a.channel()).isEqualTo(Channel.BOT);
                assertThat(a.actor()).isEqualTo("Nguyễn Văn A");
                assertThat(a.occurredAt()).isEqualTo(CLOCK.instant());
            });
        });
    }

    @Test
    void finishingWithoutRequiredEvidenceIsRefusedAndWritesNothing() {
        long id = occurrenceNeedingEvidence(1);
        long version = find(id).version();
        assertThatThrownBy(() -> Jpa.run(em -> new OccurrenceRecorder(em, CLOCK)
                .finish(id, version, LocalDate.of(2018, 6, 1), BOT_USER)))
                .isInstanceOf(EvidenceMissingException.class);
        assertThat(find(id).isFinished()).isFalse();
        Jpa.run(em -> assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).isEmpty());
    }

    @Test
    void evidenceThenFinishAreRecordedAndAudited() {
        long id = occurrenceNeedingEvidence(2);
        long v0 = find(id).version();
        Jpa.run(em -> new OccurrenceRecorder(em, CLOCK).recordEvidence(id, v0, new EvidenceUpload("Quyết định 12.pdf",
                "application/pdf", 1234, "ab".repeat(32), "evidence/" + id + "/qd12.pdf"), BOT_USER));
        long v1 = find(id).version();
        Jpa.run(em -> new OccurrenceRecorder(em, CLOCK).finish(id, v1, LocalDate.of(2018, 6, 1), BOT_USER));
        Occurrence finished = find(id);
        assertThat(finished.finishedOn()).contains(LocalDate.of(2018, 6, 1));
        assertThat(finished.evidenceCount()).isEqualTo(1);
        Jpa.run(em -> {
            assertThat(new OccurrenceRecorder(em, CLOCK).evidenceOf(id)).singleElement()
                    .satisfies(e -> assertThat(e.sha256()).isEqualTo("ab".repeat(32)));
            assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).extracting(AuditEntry::field)
                    .containsExactlyInAnyOrder("evidence_count", "evidence", "finished_on", "progress_percent");
        });
        long v2 = finished.version();
        Jpa.run(em -> new OccurrenceRecorder(em, CLOCK).reopen(id, v2, BOT_USER));
        assertThat(find(id).isFinished()).isFalse();
    }

    @Test
    void aStaleVersionIsRefused() {
        long id = occurrenceNeedingEvidence(3);
        long version = find(id).version();
        Jpa.run(em -> new OccurrenceRecorder(em, CLOCK).reportProgress(id, version, 10, null, BOT_USER));
        assertThatThrownBy(() -> Jpa.run(em -> new OccurrenceRecorder(em, CLOCK)
                .reportProgress(id, version, 20, null, BOT_USER)))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(find(id).progressPercent()).isEqualTo(10);
    }

    @Test
    void twoConcurrentChangesConflictAtCommit() {
        long id = occurrenceNeedingEvidence(4);
        long version = find(id).version();
        EntityManager first = Jpa.factory().createEntityManager();
        EntityManager second = Jpa.factory().createEntityManager();
        try {
            second.getTransaction().begin();
            second.find(Occurrence.class, id);
            first.getTransaction().begin();
            new OccurrenceRecorder(first, CLOCK).reportProgress(id, version, 30, null, BOT_USER);
            first.getTransaction().commit();
            assertThatThrownBy(() -> new OccurrenceRecorder(second, CLOCK).reportProgress(id, version, 60, null, BOT_USER))
                    .isInstanceOf(OptimisticLockException.class);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        assertThat(find(id).progressPercent()).isEqualTo(30);
        Jpa.run(em -> assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).hasSize(1));
    }

    @Test
    void theAuditTrailRefusesChangesAndDeletes() throws SQLException {
        long id = occurrenceNeedingEvidence(5);
        long version = find(id).version();
        Jpa.run(em -> new OccurrenceRecorder(em, CLOCK).reportProgress(id, version, 5, null, BOT_USER));
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET new_value = '99'"))
                    .hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("never deleted");
        }
    }
}
