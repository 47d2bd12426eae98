package vn.laichau.par.application.occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.ExtensionStatus;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditRepository;
import vn.laichau.par.persistence.audit.AuditTrail;

class DeadlineExtensionRepositoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-03-01T01:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
    }

    @Test
    void anApprovedExtensionMovesTheDueDateAndIsAudited() {
        Actor official = new Actor(Optional.empty(), "Cán bộ Sở Tư pháp", Channel.API);
        Actor admin = new Actor(Optional.empty(), "Quản trị Sở Nội vụ", Channel.API);
        long id = Jpa.count("SELECT id FROM occurrence WHERE finished_on IS NULL AND plan_year = 2019 ORDER BY id LIMIT 1");
        Occurrence before = Jpa.inTransaction(em -> em.find(Occurrence.class, id));
        LocalDate newDate = before.dueDate().plusDays(30);
        DeadlineExtension asked = Jpa.inTransaction(em -> new DeadlineExtensionRepository(em, CLOCK)
                .request(id, before.version(), newDate, "Chờ hướng dẫn của Bộ Nội vụ", official));
        DeadlineExtension decided = Jpa.inTransaction(em -> new DeadlineExtensionRepository(em, CLOCK)
                .approve(asked.id(), asked.version(), "Công văn 123/UBND-NC", admin));
        assertThat(decided.status()).isEqualTo(ExtensionStatus.APPROVED);
        Jpa.run(em -> {
            assertThat(em.find(Occurrence.class, id).dueDate()).isEqualTo(newDate);
            DeadlineExtensionRepository extensions = new DeadlineExtensionRepository(em, CLOCK);
            assertThat(extensions.ofOccurrence(id)).singleElement().satisfies(e -> {
                assertThat(e.oldDueDate()).isEqualTo(before.dueDate());
                assertThat(e.decisionReference()).contains("Công văn 123/UBND-NC");
            });
            assertThat(extensions.pending(0, 10)).isEmpty();
            assertThat(new AuditRepository(em).historyOf(AuditTrail.OCCURRENCE, id)).singleElement().satisfies(a -> {
                assertThat(a.field()).isEqualTo("due_date");
                assertThat(a.oldValue()).contains(before.dueDate().toString());
                assertThat(a.newValue()).contains(newDate.toString());
            });
            assertThat(new AuditRepository(em).historyOf(AuditTrail.DEADLINE_EXTENSION, asked.id()))
                    .extracting(AuditEntry::newValue).containsExactly(Optional.of("PENDING"), Optional.of("APPROVED"));
        });
        assertThatThrownBy(() -> Jpa.run(em -> new DeadlineExtensionRepository(em, CLOCK)
                .reject(asked.id(), asked.version(), "x", admin))).isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void aRejectedExtensionKeepsTheDueDate() {
        Actor actor = new Actor(Optional.empty(), "Cán bộ", Channel.BOT);
        long id = Jpa.count("SELECT id FROM occurrence WHERE finished_on IS NULL AND plan_year = 2020 ORDER BY id LIMIT 1");
        Occurrence before = Jpa.inTransaction(em -> em.find(Occurrence.class, id));
        DeadlineExtension asked = Jpa.inTransaction(em -> new DeadlineExtensionRepository(em, CLOCK)
                .request(id, before.version(), before.dueDate().plusDays(5), "Lý do", actor));
        Jpa.run(em -> assertThat(new DeadlineExtensionRepository(em, CLOCK).pending(0, 10)).hasSize(1));
        Jpa.run(em -> new DeadlineExtensionRepository(em, CLOCK).reject(asked.id(), asked.version(), "CV 9/SNV", actor));
        Jpa.run(em -> assertThat(em.find(Occurrence.class, id).dueDate()).isEqualTo(before.dueDate()));
    }
}
