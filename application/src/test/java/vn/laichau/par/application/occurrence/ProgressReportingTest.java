package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.par.application.occurrence.WorkPlace.CLOCK;
import static vn.laichau.par.application.occurrence.WorkPlace.find;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;
import vn.laichau.par.testsupport.TestDatabase;

class ProgressReportingTest {

    private static WorkPlace place;

    @BeforeAll
    static void load() {
        place = WorkPlace.load();
    }

    private static void report(long officialId, long id, long version, int percent, String note) {
        Jpa.run(em -> UseCases.progressReporting(em, CLOCK)
                .report(officialId, Channel.BOT, id, version, percent, note));
    }

    private static Refusal.Reason refusedReason(Runnable work) {
        try {
            work.run();
        } catch (Refusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void progressReportMovesProgressAndIsAudited() {
        long id = place.occurrenceNeedingEvidence(0);
        report(place.official, id, find(id).version(), 40, "Đang soạn dự thảo");
        assertThat(find(id).progressPercent()).isEqualTo(40);
        Jpa.run(em -> {
            assertThat(UseCases.occurrenceQueries(em, CLOCK, null).progressOf(id)).singleElement()
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
    void aPercentOutsideZeroToHundredIsRefusedByTheModel() {
        long id = place.occurrenceNeedingEvidence(6);
        long version = find(id).version();
        assertThatThrownBy(() -> report(place.official, id, version, 101, null))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID);
                    assertThat(e.code()).isEqualTo("invalid-request");
                    assertThat(e.detailVi()).isEqualTo("Tiến độ phải từ 0 đến 100 %");
                });
        assertThat(find(id).progressPercent()).isZero();
    }

    @Test
    void anOfficialOfAnotherAgencyALeaderAndAnUnknownAccountAreRefused() {
        long id = place.occurrenceNeedingEvidence(7);
        long version = find(id).version();
        assertThat(refusedReason(() -> report(place.strangerOfficial, id, version, 10, null)))
                .isEqualTo(Refusal.Reason.FORBIDDEN);
        assertThat(refusedReason(() -> report(place.leader, id, version, 10, null)))
                .isEqualTo(Refusal.Reason.FORBIDDEN);
        assertThat(refusedReason(() -> report(999_999_999L, id, version, 10, null)))
                .isEqualTo(Refusal.Reason.FORBIDDEN);
        assertThat(refusedReason(() -> report(place.official, 999_999_999L, version, 10, null)))
                .isEqualTo(Refusal.Reason.NOT_FOUND);
        report(place.admin, id, version, 10, null);
        assertThat(find(id).progressPercent()).isEqualTo(10);
    }

    @Test
    void aStaleVersionIsRefused() {
        long id = place.occurrenceNeedingEvidence(3);
        long version = find(id).version();
        report(place.official, id, version, 10, null);
        assertThatThrownBy(() -> report(place.official, id, version, 20, null))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.STALE);
                    assertThat(e.code()).isEqualTo("stale-version");
                });
        assertThat(find(id).progressPercent()).isEqualTo(10);
    }

    @Test
    void twoConcurrentChangesConflictAtCommit() {
        long id = place.occurrenceNeedingEvidence(4);
        long version = find(id).version();
        EntityManager first = Jpa.factory().createEntityManager();
        EntityManager second = Jpa.factory().createEntityManager();
        try {
            second.getTransaction().begin();
            second.find(Occurrence.class, id);
            first.getTransaction().begin();
            UseCases.progressReporting(first, CLOCK).report(place.official, Channel.BOT, id, version, 30, null);
            first.getTransaction().commit();
            assertThatThrownBy(() -> UseCases.progressReporting(second, CLOCK)
                    .report(place.official, Channel.BOT, id, version, 60, null))
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
    void aNoteWithAControlOrInvisibleCharacterIsRefusedNamingTheFieldAndChangesNothing() {
        long id = place.occurrenceNeedingEvidence(9);
        long version = find(id).version();
        for (String note : new String[] {"Đang\u200Csoạn", "Đang soạn\u0007", "Đang\u009Bsoạn", "\u001BĐang soạn",
                "Dòng 1\rDòng 2"}) {
            assertThatThrownBy(() -> report(place.official, id, version, 40, note)).as(note)
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.reason()).isEqualTo(Refusal.Reason.INVALID);
                        assertThat(r.code()).isEqualTo("invalid-characters");
                        assertThat(r.violations()).extracting(Refusal.Violation::field).containsExactly("note");
                        assertThat(r.detailVi()).startsWith("Ghi chú tiến độ chứa ký tự điều khiển hoặc ký tự vô hình");
                    });
        }
        assertThat(find(id).progressPercent()).isZero();
        assertThat(find(id).version()).isEqualTo(version);

        report(place.official, id, version, 40, "\uFEFFDòng 1\u200B\r\nDòng\t2\n");
        Jpa.run(em -> assertThat(UseCases.occurrenceQueries(em, CLOCK, null).progressOf(id)).singleElement()
                .satisfies(r -> assertThat(r.note()).contains("Dòng 1\nDòng 2")));
    }

    @Test
    void theAuditTrailRefusesChangesAndDeletes() throws SQLException {
        long id = place.occurrenceNeedingEvidence(5);
        report(place.official, id, find(id).version(), 5, null);
        try (Connection c = TestDatabase.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET new_value = '99'"))
                    .hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("never deleted");
        }
    }
}
