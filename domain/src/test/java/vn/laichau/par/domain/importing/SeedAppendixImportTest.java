package vn.laichau.par.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.ShippedPlan;
import vn.laichau.par.domain.model.plan.Task;

/** The raw appendix of the customer's plan, as published, against the curated shipped plan. */
class SeedAppendixImportTest {

    private static final OcrRepairs REPAIRS = OcrRepairs.fromClasspath("plan/447-KH-UBND/ocr-repairs.tsv");
    private static final Plan CURATED = ShippedPlan.load().plan();
    private static AppendixImporter importer;
    private static PlanDraft draft;

    @BeforeAll
    static void importSeed() throws IOException {
        importer = new AppendixImporter(AgencyReference.laiChau().directory(), new DeadlinePhraseParser());
        try (InputStream in = SeedAppendixImportTest.class.getResourceAsStream("/seed/appendix-447.txt")) {
            draft = importer.read(in.readAllBytes(), "appendix-447.txt");
        }
    }

    @Test
    void givesTheSameFiftyTaskCodesInTheSameAreas() {
        assertThat(draft.tasks()).extracting(DraftTask::code)
                .containsExactlyElementsOf(CURATED.appendixTasks().stream().map(Task::code).toList());
        assertThat(draft.tasks()).extracting(DraftTask::areaNumeral)
                .containsExactlyElementsOf(CURATED.appendixTasks().stream().map(t -> t.area().numeral()).toList());
        assertThat(draft.areas()).extracting(a -> REPAIRS.apply(a.name()))
                .containsExactlyElementsOf(CURATED.areas().stream().map(a -> a.name()).toList());
    }

    @Test
    void givesTheCuratedCellsApartFromTheListedOcrRepairs() {
        for (Task curated : CURATED.appendixTasks()) {
            DraftTask imported = draft.task(curated.code()).orElseThrow();
            assertThat(REPAIRS.apply(imported.text())).as(curated.code()).isEqualTo(curated.text());
            assertThat(imported.heading().map(REPAIRS::apply)).as(curated.code()).isEqualTo(curated.heading());
            assertThat(REPAIRS.apply(imported.leadText())).as(curated.code()).isEqualTo(curated.leadText());
            assertThat(REPAIRS.apply(imported.coordinatingText())).as(curated.code()).isEqualTo(curated.coordinatingText());
            assertThat(REPAIRS.apply(imported.deadlinePhrase())).as(curated.code()).isEqualTo(curated.deadlinePhrase());
            assertThat(REPAIRS.apply(imported.evidence())).as(curated.code())
                    .isEqualTo(curated.evidence().documents().orElse(""));
        }
    }

    @Test
    void resolvesTheSameAgenciesAsTheCuratedFile() {
        for (Task curated : CURATED.appendixTasks()) {
            DraftTask imported = draft.task(curated.code()).orElseThrow();
            assertThat(imported.leads()).as(curated.code()).containsExactlyElementsOf(curated.leads());
            assertThat(imported.coordinators()).as(curated.code()).containsExactlyElementsOf(curated.coordinators());
        }
        assertThat(draft.warningsOf(WarningKind.UNKNOWN_AGENCY)).isEmpty();
    }

    @Test
    void theOcrRepairsAreNeeded() {
        long repaired = draft.tasks().stream()
                .filter(t -> !REPAIRS.apply(t.text() + t.coordinatingText() + t.deadlinePhrase() + t.evidence())
                        .equals(t.text() + t.coordinatingText() + t.deadlinePhrase() + t.evidence()))
                .count();
        assertThat(repaired).isEqualTo(20);
        assertThat(draft.task("VIII.1.1").orElseThrow().text()).startsWith("Rà soát các TTIC");
    }

    @Test
    void joinsRowsSplitByPageBreaks() {
        assertThat(draft.task("I.5").orElseThrow().rowNumbers()).containsExactly(7, 9);
        assertThat(draft.task("VII.1.4").orElseThrow().leadText()).isEqualTo("Sở Thông tin - Truyền thông");
        assertThat(draft.task("VII.1.4").orElseThrow().deadlinePhrase()).isEqualTo("Thường xuyên");
        assertThat(draft.task("V.7.2").orElseThrow().rowNumbers()).containsExactly(63);
    }

    @Test
    void warnsAboutEveryMisnumberedRow() {
        assertThat(draft.warningsOf(WarningKind.AMBIGUOUS_NUMBERING)).extracting(ImportWarning::rowNumber)
                .containsExactly(2, 39, 40, 41, 42, 43, 44, 63, 72, 73, 104);
        assertThat(draft.warningsOf(WarningKind.AMBIGUOUS_NUMBERING).get(5).messageEn())
                .isEqualTo("Area printed as \"I\", read as V");
    }

    @Test
    void warnsAboutDeadlinesThatNeedAPersonAndTheStrayEvidenceCell() {
        assertThat(draft.warningsOf(WarningKind.UNREADABLE_DEADLINE)).extracting(ImportWarning::rowNumber)
                .containsExactly(12, 15, 17, 22, 23, 57, 59, 104);
        assertThat(draft.warningsOf(WarningKind.STRAY_CELL)).singleElement()
                .satisfies(w -> assertThat(w.rowNumber()).isEqualTo(48));
    }

    @Test
    void withTheRepairsItIsAcceptedAsTheCuratedPlan() {
        try (InputStream in = SeedAppendixImportTest.class.getResourceAsStream("/seed/appendix-447.txt")) {
            PlanDraft repaired = importer.withRepairs(REPAIRS).read(in.readAllBytes(), "appendix-447.txt");
            Plan plan = repaired.accept("447/KH-UBND", CURATED.title(), "UBND tỉnh Lai Châu",
                    LocalDate.of(2017, 4, 18), 2017, 2020);
            List<Task> tasks = plan.tasks();
            assertThat(tasks).hasSize(50);
            for (int i = 0; i < tasks.size(); i++) {
                Task curated = CURATED.appendixTasks().get(i);
                assertThat(tasks.get(i).text()).isEqualTo(curated.text());
                assertThat(tasks.get(i).evidence()).isEqualTo(curated.evidence());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
