package vn.laichau.par.application.plan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
 * workbook's first sheet read into rows here (with Apache POI) and handed to it. A workbook is a zip: POI's
 * guards against zip bombs are set (no entry inflating more than 100 times, none beyond
 * {@value #MAX_ENTRY_BYTES} bytes), and a sheet may hold at most {@value #MAX_ROWS} rows and
 * {@value #MAX_COLUMNS} columns with data.
 */
public final class AppendixFile {

    /** An appendix is a table of tasks: a few hundred rows at most; this leaves room without reading a bomb. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 50;
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY_BYTES);
    }

    private AppendixFile() {
    }

    /** Reads a file, its format told by its name and first bytes. */
    static PlanDraft read(AppendixImporter importer, byte[] content, String fileName) {
        byte[] bytes = content == null ? new byte[0] : content;
        AppendixFormat format = AppendixFormat.detect(fileName, bytes);
        return format == AppendixFormat.XLSX ? importer.readRows(workbookRows(bytes)) : importer.read(bytes, format);
    }

    public static List<SourceRow> workbookRows(byte[] content) {
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
                checkWithinCaps(row);
                for (; next < row.getRowNum(); next++) {
                    rows.add(new SourceRow(next + 1, List.of()));
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum())); c++) {
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
            throw inflatesTooMuch(e) ? new ImportException("Tệp Excel giải nén ra quá lớn (nghi là bom nén), không đọc.",
                    "The workbook inflates far beyond what an appendix needs (a zip bomb?): not read.", e)
                    : unreadable(e);
        }
    }

    /** POI's zip guards say so in their message, wrapped at any depth. */
    private static boolean inflatesTooMuch(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
                return true;
            }
        }
        return false;
    }

    private static ImportException unreadable(Throwable e) {
        return new ImportException("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.",
                "Cannot read the Excel (.xlsx) file: it is damaged or not a workbook.", e);
    }

    private static void checkWithinCaps(Row row) {
        if (row.getRowNum() >= MAX_ROWS) {
            throw new ImportException("Trang tính có dữ liệu ở dòng " + (row.getRowNum() + 1) + ", quá giới hạn "
                    + MAX_ROWS + " dòng của một phụ biểu.", "The sheet has data in row " + (row.getRowNum() + 1)
                    + ", beyond the " + MAX_ROWS + " rows an appendix may have.");
        }
        if (row.getLastCellNum() > MAX_COLUMNS) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= MAX_COLUMNS && cell.getCellType() != CellType.BLANK) {
                    throw new ImportException("Dòng " + (row.getRowNum() + 1) + " có dữ liệu ở cột "
                            + (cell.getColumnIndex() + 1) + ", quá giới hạn " + MAX_COLUMNS + " cột.",
                            "Row " + (row.getRowNum() + 1) + " has data in column " + (cell.getColumnIndex() + 1)
                                    + ", beyond the " + MAX_COLUMNS + " columns an appendix may have.");
                }
            }
        }
    }
}
