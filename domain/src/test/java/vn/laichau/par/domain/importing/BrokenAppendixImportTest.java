package vn.laichau.par.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DeadlineKind;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

class BrokenAppendixImportTest {

    private static final String HEADER = "STT\tNHIỆM VỤ\tĐƠN VỊ CHỦ TRÌ\tĐƠN VỊ PHỐI HỢP\tTHỜI GIAN HOÀN THÀNH\tTÀI LIỆU KIỂM CHỨNG\n";
    private static final String AREA = "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t\t\t\t\n";

    private final AppendixImporter importer =
            new AppendixImporter(AgencyReference.laiChau().directory(), new DeadlinePhraseParser());

    @Test
    void emptyFileIsRefusedClearly() {
        assertThatThrownBy(() -> importer.read(new byte[0], "plan.txt"))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    assertThat(((ImportException) e).messageVi()).contains("rỗng");
                    assertThat(((ImportException) e).messageEn()).contains("empty");
                });
        assertThatThrownBy(() -> importer.read(null, "plan.txt")).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> importer.readText("  \n\n ")).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void binaryBytesAreRefusedClearly() {
        byte[] binary = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        assertThatThrownBy(() -> importer.read(binary, "scan.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("UTF-8");
        byte[] nulls = "STT\0\0\0abc".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.read(nulls, "plan.tsv"))
                .isInstanceOf(ImportException.class).hasMessageContaining("nhị phân").hasMessageContaining("binary");
    }

    @Test
    void textWithoutTheAppendixTableIsRefused() {
        assertThatThrownBy(() -> importer.readText("Kế hoạch số 447/KH-UBND\nNội dung không có bảng"))
                .isInstanceOf(ImportException.class).hasMessageContaining("STT");
    }

    @Test
    void wrongColumnCountIsRefused() {
        assertThatThrownBy(() -> importer.readText("STT\tNhiệm vụ\tĐơn vị chủ trì\n1\tKế hoạch CCHC\tSở Nội vụ\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("6 cột").hasMessageContaining("6 columns").hasMessageContaining("3");
    }

    @Test
    void tableWithoutTasksIsRefused() {
        assertThatThrownBy(() -> importer.readText(HEADER + AREA))
                .isInstanceOf(ImportException.class).hasMessageContaining("no task");
    }

    @Test
    void unknownAgencyUnreadableDeadlineAndExtraCellsAreWarnedWithTheirRow() {
        PlanDraft draft = importer.readText(HEADER + AREA
                + "1\tKế hoạch CCHC\tSở Ngoại vụ\tSở Nội vụ\tTheo hướng dẫn của Bộ Nội vụ\tKế hoạch\n"
                + "2\tBáo cáo CCHC\tSở Nội vụ\t\tThường xuyên\tBáo cáo\tghi chú thừa\n"
                + "3\tKiểm tra\t\t\tTrước 20/12 hàng năm\t\n");
        assertThat(draft.tasks()).extracting(DraftTask::code).containsExactly("I.1", "I.2", "I.3");
        assertThat(draft.warnings()).extracting(ImportWarning::rowNumber, ImportWarning::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, WarningKind.UNKNOWN_AGENCY),
                org.assertj.core.groups.Tuple.tuple(3, WarningKind.UNREADABLE_DEADLINE),
                org.assertj.core.groups.Tuple.tuple(4, WarningKind.EXTRA_CELLS),
                org.assertj.core.groups.Tuple.tuple(5, WarningKind.MISSING_LEAD_AGENCY));
        assertThat(draft.warnings().get(0).messageVi()).contains("Sở Ngoại vụ");
        assertThatThrownBy(() -> draft.accept("1/KH-UBND", "Thử", "UBND tỉnh Lai Châu", LocalDate.of(2024, 1, 1), 2024, 2024))
                .isInstanceOf(ImportException.class).hasMessageContaining("I.1").hasMessageContaining("I.3");
    }

    @Test
    void csvWithQuotedCellsKeepsCommasQuotesAndLineBreaks() {
        String csv = "STT,Nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian hoàn thành,Tài liệu kiểm chứng\r\n"
                + "I,\"CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\",,,,\r\n"
                + "1,\"Ban hành \"\"Kế hoạch CCHC\"\"\nnăm sau\",\"Sở Nội vụ, Sở Tư pháp\",\"Các sở, ban, ngành\","
                + "Trước 31/12 năm trước liền kề năm kế hoạch,Kế hoạch CCHC\r\n";
        PlanDraft draft = importer.read(csv.getBytes(StandardCharsets.UTF_8), "ke-hoach.csv");
        DraftTask task = draft.task("I.1").orElseThrow();
        assertThat(task.text()).isEqualTo("Ban hành \"Kế hoạch CCHC\" năm sau");
        assertThat(task.leads()).extracting(ResponsibleParty::code).containsExactly("SO_NOI_VU", "SO_TU_PHAP");
        assertThat(task.coordinators()).containsExactly(ResponsibleParty.group("SO_BAN_NGANH"));
        assertThat(task.deadlineRule().kind()).isEqualTo(DeadlineKind.RELATIVE_TO_PLAN_YEAR);
        assertThat(draft.areas()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"));
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void csvWithSemicolonsIsReadToo() {
        String csv = "STT;Nhiệm vụ;Chủ trì;Phối hợp;Thời gian;Kiểm chứng\n1;Báo cáo CCHC;Sở Nội vụ;;Thường xuyên;Báo cáo\n";
        PlanDraft draft = importer.read(csv.getBytes(StandardCharsets.UTF_8), "bang.csv");
        assertThat(draft.task("I.1")).hasValueSatisfying(t -> assertThat(t.leadText()).isEqualTo("Sở Nội vụ"));
        assertThat(draft.warningsOf(WarningKind.AMBIGUOUS_NUMBERING)).hasSize(1);
    }

    @Test
    void csvWithAnUnclosedQuoteIsRefused() {
        String csv = "STT,Nhiệm vụ,Chủ trì,Phối hợp,Thời gian,Kiểm chứng\n1,\"Báo cáo CCHC,Sở Nội vụ,,Thường xuyên,Báo cáo\n";
        assertThatThrownBy(() -> importer.read(csv.getBytes(StandardCharsets.UTF_8), "bang.csv"))
                .isInstanceOf(ImportException.class).hasMessageContaining("ngoặc kép").hasMessageContaining("quote");
    }
}
