package vn.laichau.par.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.WarningKind;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.imports.ImportDraft;
import vn.laichau.par.persistence.imports.ImportDraftRepository;
import vn.laichau.par.persistence.imports.RowCorrection;
import vn.laichau.par.persistence.plan.PlanRepository;

class AppendixImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-06T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String APPENDIX = "STT\tNHIỆM VỤ\tĐƠN VỊ CHỦ TRÌ\tĐƠN VỊ PHỐI HỢP\tTHỜI GIAN HOÀN THÀNH\t"
            + "TÀI LIỆU KIỂM CHỨNG\n"
            + "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t\t\t\t\n"
            + "1\tKế hoạch CCHC\tSở Ngoại vụ\tCác sở, ban, ngành\tTheo hướng dẫn của Bộ Nội vụ\tKế hoạch\n"
            + "2\tBáo cáo CCHC\tSở Nội vụ\tUBND các huyện, thành phố\tTrước 20/12 hằng năm\tBáo cáo\n";
    private static final PlanHeader HEADER =
            new PlanHeader("12/KH-UBND", "Kế hoạch CCHC thử", "UBND tỉnh Lai Châu", LocalDate.of(2026, 1, 5), 2026, 2027);
    private static final RowCorrection LEAD_AND_DATE = new RowCorrection(Optional.empty(), Optional.of("Sở Nội vụ"),
            Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 31)), Optional.of("Công văn 1/SNV"),
            true, false);

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
        Jpa.run(em -> em.createNativeQuery("DELETE FROM import_draft").executeUpdate());
    }

    @Test
    void aDraftKeepsEachWarningWithItsRowAndReadsTheUsualNamesOfAgencyGroups() {
        long id = upload();

        Jpa.run(em -> {
            ImportDraft draft = new ImportDraftRepository(em, CLOCK).find(id).orElseThrow();
            assertThat(draft.rows()).hasSize(2);
            assertThat(draft.rows().get(0).warnings()).extracting(w -> w.kind())
                    .containsExactlyInAnyOrder(WarningKind.UNKNOWN_AGENCY, WarningKind.UNREADABLE_DEADLINE);
            assertThat(draft.rows().get(1).warnings()).isEmpty();
        });
    }

    @Test
    void aCorrectedDraftBecomesAPlanWithOccurrencesAndIsGone() {
        long id = upload();
        long corrected = Jpa.inTransaction(em -> {
            DraftView before = imports(em).view(id);
            long rowId = before.draft().rows().get(0).id();
            DraftView after = imports(em).correct(id, rowId, before.version(), LEAD_AND_DATE);
            assertThat(after.draft().rows().get(0).warnings()).isEmpty();
            assertThat(after.rows().get(0).leads()).extracting(p -> p.code()).containsExactly("SO_NOI_VU");
            assertThat(after.version()).isGreaterThan(before.version());
            return after.version();
        });

        CreatedCycle plan = Jpa.inTransaction(em -> imports(em).accept(id, corrected, HEADER));

        long planId = plan.plan().id();
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE plan_id = " + planId)).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(DISTINCT l.task_id) FROM task_lead_party l JOIN task t ON t.id = l.task_id "
                + "WHERE t.plan_id = " + planId)).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND t.code = 'I.1'")).isEqualTo(2);
        assertThat(plan.occurrencesCreated()).isEqualTo((int) Jpa.count("SELECT COUNT(*) FROM occurrence o "
                + "JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId));
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft")).isZero();
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft_row")).isZero();
    }

    @Test
    void aDraftWithAnUnknownAgencyIsRefusedAndNothingIsWritten() {
        long id = upload();
        long plans = Jpa.count("SELECT COUNT(*) FROM plan");
        long version = Jpa.inTransaction(em -> imports(em).view(id).version());

        assertThatThrownBy(() -> Jpa.inTransaction(em -> imports(em).accept(id, version, HEADER)))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown agencies");

        assertThat(Jpa.count("SELECT COUNT(*) FROM plan")).isEqualTo(plans);
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft_row")).isEqualTo(2);
        Jpa.run(em -> imports(em).reject(id));
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft_row")).isZero();
        assertThatThrownBy(() -> Jpa.run(em -> imports(em).reject(id)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("draft-not-found"));
    }

    @Test
    void aCorrectionOfAnOlderVersionIsRefusedAsStale() {
        long id = upload();
        assertThatThrownBy(() -> Jpa.run(em -> {
            DraftView draft = imports(em).view(id);
            imports(em).correct(id, draft.draft().rows().get(0).id(), draft.version() + 1, LEAD_AND_DATE);
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).isEqualTo(Refusal.Reason.STALE));
    }

    @Test
    void aFileThatIsNoAppendixIsRefusedAndNoDraftIsStored() {
        assertThatThrownBy(() -> Jpa.run(em -> imports(em).upload("xin chào".getBytes(StandardCharsets.UTF_8),
                "thu.txt"))).isInstanceOf(ImportException.class).hasMessageContaining("STT");
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft")).isZero();
    }

    @Test
    void draftsAreListedWithTheirRowAndWarningCounts() {
        upload();
        Jpa.run(em -> assertThat(imports(em).list()).singleElement().satisfies(summary -> {
            assertThat(summary.taskCount()).isEqualTo(2);
            assertThat(summary.warningCount()).isEqualTo(2);
        }));
    }

    @Test
    void aPlanHeaderIsRefusedWithEveryWrongField() {
        assertThatThrownBy(() -> PlanHeader.checked("invalid-plan-header", " ", "Kế hoạch", "UBND", null, 2026, 2050))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("invalid-plan-header");
                    assertThat(r.violations()).extracting(Refusal.Violation::field)
                            .containsExactly("number", "issuedOn", "lastYear");
                });
    }

    private static long upload() {
        return Jpa.inTransaction(em -> imports(em).upload(APPENDIX.getBytes(StandardCharsets.UTF_8), "plan.tsv")
                .draft().id());
    }

    private static AppendixImport imports(EntityManager em) {
        return new AppendixImport(new ImportDraftRepository(em, CLOCK), new AgencyRepository(em),
                new PlanRepository(em), UseCases.occurrenceCreation(em));
    }
}
