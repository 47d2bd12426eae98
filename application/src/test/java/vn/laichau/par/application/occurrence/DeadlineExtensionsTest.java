package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.laichau.par.application.occurrence.WorkPlace.CLOCK;
import static vn.laichau.par.application.occurrence.WorkPlace.find;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.RecordedExtensionNotices;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;

/** An official asks for a later due date; an admin decides. */
class DeadlineExtensionsTest {

    private static WorkPlace place;

    @BeforeAll
    static void load() {
        place = WorkPlace.load();
    }

    private static DeadlineExtension ask(long id, LocalDate newDate, String reason) {
        return Jpa.inTransaction(em -> UseCases.extensionRequests(em, CLOCK).request(place.official, Channel.API, id,
                find(id).version(), newDate, reason));
    }

    private static DeadlineExtension decide(long officialId, DeadlineExtension asked, boolean approve,
                                            String reference) {
        return Jpa.inTransaction(em -> UseCases.extensionDecisions(em, CLOCK).decide(officialId, Channel.API,
                asked.id(), asked.version(), approve, reference));
    }

    @Test
    void anApprovedExtensionMovesTheDueDateAndIsAudited() {
        long id = place.occurrenceNeedingEvidence(10);
        Occurrence before = find(id);
        LocalDate newDate = before.dueDate().plusDays(30);
        DeadlineExtension asked = ask(id, newDate, "Chờ hướng dẫn của Bộ Nội vụ");
        DeadlineExtension decided = decide(place.admin, asked, true, "Công văn 123/UBND-NC");
        assertThat(decided.status()).isEqualTo(ExtensionStatus.APPROVED);
        Jpa.run(em -> {
            assertThat(em.find(Occurrence.class, id).dueDate()).isEqualTo(newDate);
            OccurrenceQueries queries = UseCases.occurrenceQueries(em, CLOCK, null);
            assertThat(queries.extensionsOf(id)).singleElement().satisfies(e -> {
                assertThat(e.oldDueDate()).isEqualTo(before.dueDate());
                assertThat(e.decisionReference()).contains("Công văn 123/UBND-NC");
                assertThat(e.requestedBy()).contains(place.official);
                assertThat(e.decidedBy()).contains(place.admin);
            });
            assertThat(queries.extensions(Optional.of(ExtensionStatus.PENDING), 0, 100))
                    .filteredOn(e -> e.occurrenceId() == id).isEmpty();
            assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).singleElement().satisfies(a -> {
                assertThat(a.field()).isEqualTo("due_date");
                assertThat(a.oldValue()).contains(before.dueDate().toString());
                assertThat(a.newValue()).contains(newDate.toString());
            });
            assertThat(new AuditRepository(em).historyOf(AuditTrail.DEADLINE_EXTENSION, asked.id()))
                    .extracting(AuditEntry::newValue).containsExactly(Optional.of("PENDING"), Optional.of("APPROVED"));
        });
        assertThatThrownBy(() -> decide(place.admin, asked, false, "x"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.STALE));
        assertThatThrownBy(() -> decide(place.admin, decided, false, "x"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT));
        assertThat(UseCases.EXTENSION_NOTICES.about(asked.id())).as("the request and the decision, each told once")
                .extracting(RecordedExtensionNotices.Told::status)
                .containsExactly(ExtensionStatus.PENDING, ExtensionStatus.APPROVED);
    }

    @Test
    void aRejectedExtensionKeepsTheDueDate() {
        long id = place.occurrenceNeedingEvidence(11);
        Occurrence before = find(id);
        DeadlineExtension asked = ask(id, before.dueDate().plusDays(5), "Lý do");
        Jpa.run(em -> assertThat(UseCases.occurrenceQueries(em, CLOCK, null)
                .extensions(Optional.of(ExtensionStatus.PENDING), 0, 100)).filteredOn(e -> e.occurrenceId() == id)
                .hasSize(1));
        decide(place.admin, asked, false, "CV 9/SNV");
        Jpa.run(em -> assertThat(em.find(Occurrence.class, id).dueDate()).isEqualTo(before.dueDate()));
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefusedUntilTheFirstIsDecided() {
        long id = place.occurrenceNeedingEvidence(14);
        LocalDate due = find(id).dueDate();
        DeadlineExtension first = ask(id, due.plusDays(10), "Chờ hướng dẫn");

        assertThatThrownBy(() -> ask(id, due.plusDays(20), "Thêm thời gian"))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT);
                    assertThat(e.code()).isEqualTo("extension-pending");
                    assertThat(e.detailVi()).contains("đang chờ quyết định")
                            .contains(VietnameseDate.of(due.plusDays(10)));
                    assertThat(e.detailEn()).contains("waiting for a decision");
                });
        Jpa.run(em -> assertThat(UseCases.occurrenceQueries(em, CLOCK, null).extensionsOf(id)).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(first.id())));
        assertThat(UseCases.EXTENSION_NOTICES.about(first.id())).as("the refused request tells nobody")
                .extracting(RecordedExtensionNotices.Told::status).containsExactly(ExtensionStatus.PENDING);

        decide(place.admin, first, false, "CV 10/SNV");
        DeadlineExtension second = ask(id, due.plusDays(20), "Thêm thời gian");
        assertThat(second.status()).isEqualTo(ExtensionStatus.PENDING);
        assertThatThrownBy(() -> ask(id, due.plusDays(30), "Lần nữa")).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.code()).isEqualTo("extension-pending"));
    }

    @Test
    void onlyAnAdminDecidesAndADecisionNeedsAReference() {
        long id = place.occurrenceNeedingEvidence(12);
        DeadlineExtension asked = ask(id, find(id).dueDate().plusDays(5), "Lý do");
        assertThatThrownBy(() -> decide(place.official, asked, true, "CV 1"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.FORBIDDEN));
        assertThatThrownBy(() -> decide(place.admin, asked, true, " "))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID));
        assertThat(UseCases.EXTENSION_NOTICES.about(asked.id())).as("a refused decision tells nobody")
                .extracting(RecordedExtensionNotices.Told::status).containsExactly(ExtensionStatus.PENDING);
    }

    @Test
    void anEarlierDateAMissingReasonAndAFinishedOccurrenceAreRefused() {
        long id = place.occurrenceNeedingEvidence(13);
        LocalDate due = find(id).dueDate();
        assertThatThrownBy(() -> ask(id, due.minusDays(1), "Lý do"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID));
        assertThatThrownBy(() -> ask(id, due.plusDays(1), " "))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID));
        Jpa.run(em -> {
            Occurrence o = em.find(Occurrence.class, id);
            o.receiveEvidence();
            o.finish(LocalDate.of(2018, 6, 1));
        });
        assertThatThrownBy(() -> ask(id, due.plusDays(1), "Lý do"))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT));
    }
}
