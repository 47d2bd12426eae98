package vn.laichau.par.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.importing.AppendixImporter;
import vn.laichau.par.domain.importing.DraftTask;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.importing.PlanDraft;
import vn.laichau.par.domain.importing.WarningKind;
import vn.laichau.par.domain.model.agency.AgencyReference;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

class AppendixFileTest {

    private final AppendixImporter importer =
            new AppendixImporter(AgencyReference.laiChau().directory(), new DeadlinePhraseParser());

    @Test
    void xlsxWorkbookIsReadWithItsRowNumbers() throws IOException {
        byte[] workbook = workbook(new String[][] {
                {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Tài liệu kiểm chứng"},
                {"I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"},
                null,
                {"1", "Kiểm tra công tác CCHC", "Sở Nội vụ", "Sở KH&ĐT; Sở Ngoại vụ", "Trước ngày 20/12 hàng năm", "Kế hoạch kiểm tra"},
                {"2", "<p>Tuyên truyền <b>CCHC</b></p>", "Sở TT&TT", "UBND các huyện, thành phố", "Theo hướng dẫn của Bộ Nội vụ", ""},
        });
        PlanDraft draft = AppendixFile.read(importer, workbook, "phu-bieu.xlsx");
        assertThat(draft.tasks()).extracting(DraftTask::code).containsExactly("I.1", "I.2");
        assertThat(draft.task("I.1").orElseThrow().rowNumbers()).containsExactly(4);
        assertThat(draft.task("I.1").orElseThrow().coordinators()).containsExactly(ResponsibleParty.agency("SO_KHDT"));
        assertThat(draft.task("I.2").orElseThrow().text()).isEqualTo("Tuyên truyền CCHC");
        assertThat(draft.task("I.2").orElseThrow().leads()).containsExactly(ResponsibleParty.agency("SO_TTTT"));
        assertThat(draft.warnings()).extracting(ImportWarning::rowNumber, ImportWarning::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, WarningKind.UNKNOWN_AGENCY),
                org.assertj.core.groups.Tuple.tuple(5, WarningKind.UNREADABLE_DEADLINE));
    }

    @Test
    void damagedWorkbookIsRefusedClearly() {
        byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> AppendixFile.read(importer, damaged, "phu-bieu.xlsx"))
                .isInstanceOf(ImportException.class).hasMessageContaining("Excel").hasMessageContaining("workbook");
    }

    @Test
    void aRowFarBelowTheTableIsRefusedRatherThanReadAsAMillionEmptyRows() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phụ biểu");
            sheet.createRow(0).createCell(0).setCellValue("STT");
            sheet.createRow(999_999).createCell(0).setCellValue("x");
            book.write(out);
            workbook = out.toByteArray();
        }
        assertThatThrownBy(() -> AppendixFile.read(importer, workbook, "phu-bieu.xlsx"))
                .isInstanceOf(ImportException.class).hasMessageContaining("row 1000000")
                .hasMessageContaining("5000 rows");
    }

    @Test
    void dataFarRightOfTheTableIsRefusedButEmptyCellsThereAreNot() throws IOException {
        byte[] withData;
        byte[] withBlank;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = book.createSheet("Phụ biểu").createRow(0);
            row.createCell(0).setCellValue("STT");
            row.createCell(16_000).setCellValue("x");
            book.write(out);
            withData = out.toByteArray();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = book.createSheet("Phụ biểu").createRow(0);
            row.createCell(0).setCellValue("STT");
            row.createCell(16_000);
            book.write(out);
            withBlank = out.toByteArray();
        }
        assertThatThrownBy(() -> AppendixFile.workbookRows(withData))
                .isInstanceOf(ImportException.class).hasMessageContaining("column 16001");
        assertThat(AppendixFile.workbookRows(withBlank)).hasSize(1)
                .allSatisfy(row -> assertThat(row.cells()).hasSize(AppendixFile.MAX_COLUMNS));
    }

    @Test
    void aWorkbookThatInflatesLikeABombIsRefusedWithoutBeingRead() throws IOException {
        byte[] bomb;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phụ biểu");
            String filler = "a".repeat(32_000);
            for (int r = 0; r < 700; r++) {
                sheet.createRow(r).createCell(0).setCellValue(filler + r);
            }
            book.write(out);
            bomb = out.toByteArray();
        }
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> AppendixFile.workbookRows(bomb))
                .isInstanceOf(ImportException.class).hasMessageContaining("zip bomb");
    }

    private static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phụ biểu");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
