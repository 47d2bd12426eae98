package vn.laichau.par.application.plan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.laichau.par.domain.importing.AppendixFormat;
import vn.laichau.par.domain.importing.AppendixImporter;
import vn.laichau.par.domain.importing.ImportException;
import vn.laichau.par.domain.importing.PlanDraft;
import vn.laichau.par.domain.importing.SourceRow;

/**
 * An uploaded appendix file read with an importer: tab-separated text and CSV by the importer itself, an XLSX
 * workbook's first sheet read into rows here (with Apache POI) and handed to it.
 */
final class AppendixFile {

    private AppendixFile() {
    }

    /** Reads a file, its format told by its name and first bytes. */
    static PlanDraft read(AppendixImporter importer, byte[] content, String fileName) {
        byte[] bytes = content == null ? new byte[0] : content;
        AppendixFormat format = AppendixFormat.detect(fileName, bytes);
        return format == AppendixFormat.XLSX ? importer.readRows(workbookRows(bytes)) : importer.read(bytes, format);
    }

    static List<SourceRow> workbookRows(byte[] content) {
        if (content.length == 0) {
            throw new ImportException("Tệp rỗng, không có dữ liệu.", "The file is empty.");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportException("Tệp Excel không có trang tính nào.", "The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<SourceRow> rows = new ArrayList<>();
            int next = 0;
            for (Row row : sheet) {
                for (; next < row.getRowNum(); next++) {
                    rows.add(new SourceRow(next + 1, List.of()));
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(new SourceRow(row.getRowNum() + 1, cells));
                next = row.getRowNum() + 1;
            }
            return rows;
        } catch (ImportException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new ImportException("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.",
                    "Cannot read the Excel (.xlsx) file: it is damaged or not a workbook.", e);
        }
    }
}
