package vn.laichau.par.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.AppendixImporter;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.PlanDraft;
import vn.laichau.par.domain.importing.WarningKind;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.plan.NextCycle;

class ImportDraftRepositoryTest {

    private static final String APPENDIX = "STT\tNHIỆM VỤ\tĐƠN VỊ CHỦ TRÌ\tĐƠN VỊ PHỐI HỢP\tTHỜI GIAN HOÀN THÀNH\t"
            + "TÀI LIỆU KIỂM CHỨNG\n"
            + "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t\t\t\t\n"
            + "1\tKế hoạch CCHC\tSở Ngoại vụ\tCác sở, ban, ngành\tTheo hướng dẫn của Bộ Nội vụ\tKế hoạch\n"
            + "2\tBáo cáo CCHC\tSở Nội vụ\tUBND các huyện, thành phố\tTrước 20/12 hằng năm\tBáo cáo\n";
    private static final PlanHeader HEADER =
            new PlanHeader("12/KH-UBND", "Kế hoạch CCHC thử", "UBND tỉnh Lai Châu", LocalDate.of(2026, 1, 5), 2026, 2027);

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
        Jpa.run(em -> em.createNativeQuery("DELETE FROM import_draft").executeUpdate());
    }

    @Test
    void aDraftKeepsEachWarningWithItsRowAndReadsTheUsualNamesOfAgencyGroups() {
        long id = store();

        Jpa.run(em -> {
            ImportDraft draft = new ImportDraftRepository(em, Clock.systemUTC()).find(id).orElseThrow();
            assertThat(draft.rows()).hasSize(2);
            assertThat(draft.rows().get(0).warnings()).extracting(w -> w.kind())
                    .containsExactlyInAnyOrder(WarningKind.UNKNOWN_AGENCY, WarningKind.UNREADABLE_DEADLINE);
            assertThat(draft.rows().get(1).warnings()).isEmpty();
        });
    }

    @Test
    void aCorrectedDraftBecomesAPlanWithOccurrencesAndIsGone() {
        long id = store();
        Jpa.run(em -> {
            ImportDraftRepository drafts = new ImportDraftRepository(em, Clock.systemUTC());
            ImportDraft draft = drafts.find(id).orElseThrow();
            long version = draft.version();
            drafts.correct(draft, draft.rows().get(0), new RowCorrection(Optional.empty(), Optional.of("Sở Nội vụ"),
                    Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 31)),
                    Optional.of("Công văn 1/SNV"), true, false));
            assertThat(draft.rows().get(0).warnings()).isEmpty();
            assertThat(draft.version()).isGreaterThan(version);
        });

        NextCycle plan = Jpa.inTransaction(em -> new ImportDraftRepository(em, Clock.systemUTC())
                .accept(new ImportDraftRepository(em, Clock.systemUTC()).find(id).orElseThrow(), HEADER));

        long planId = plan.plan().id();
        assertThat(Jpa.count("SELECT COUNT(*) FROM task WHERE plan_id = " + planId)).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(DISTINCT l.task_id) FROM task_lead_party l JOIN task t ON t.id = l.task_id "
                + "WHERE t.plan_id = " + planId)).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND t.code = 'I.1'")).isEqualTo(2);
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft")).isZero();
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft_row")).isZero();
    }

    @Test
    void aDraftWithAnUnknownAgencyIsRefusedAndNothingIsWritten() {
        long id = store();
        long plans = Jpa.count("SELECT COUNT(*) FROM plan");

        assertThatThrownBy(() -> Jpa.inTransaction(em -> new ImportDraftRepository(em, Clock.systemUTC())
                .accept(new ImportDraftRepository(em, Clock.systemUTC()).find(id).orElseThrow(), HEADER)))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown agencies");

        assertThat(Jpa.count("SELECT COUNT(*) FROM plan")).isEqualTo(plans);
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft_row")).isEqualTo(2);
        boolean deleted = Jpa.inTransaction(em -> new ImportDraftRepository(em, Clock.systemUTC()).delete(id));
        assertThat(deleted).isTrue();
        assertThat(Jpa.count("SELECT COUNT(*) FROM import_draft_row")).isZero();
    }

    private static long store() {
        return Jpa.inTransaction(em -> {
            PlanDraft read = new AppendixImporter(ImportDirectory.of(new AgencyRepository(em)), new DeadlinePhraseParser())
                    .readText(APPENDIX);
            return new ImportDraftRepository(em, Clock.systemUTC()).store("plan.tsv", AppendixFormat.TSV, read).id();
        });
    }
}
