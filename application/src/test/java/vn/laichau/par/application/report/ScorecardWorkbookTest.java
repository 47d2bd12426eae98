package vn.laichau.par.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.persistence.Jpa;

/** The scorecard workbook, opened again with POI and compared with the database. */
class ScorecardWorkbookTest {

    private static final int HEADER = ScorecardWorkbook.HEADER_ROW;
    private static ReportFixture data;

    @BeforeAll
    static void load() {
        data = new ReportFixture();
    }

    private static XSSFWorkbook scorecard(long official, int year, ReportPeriod period, Optional<Long> agency)
            throws Exception {
        ReportFile file = Jpa.inTransaction(em -> ReportFixture.reports(em).scorecard(official, data.plan, year,
                period, agency));
        assertThat(file.fileName()).endsWith(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(file.content()));
    }

    @Test
    void everySheetHasATitleAFrozenHeaderAndAnAutoFilterOverItsTable() throws Exception {
        try (XSSFWorkbook book = scorecard(data.homeAffairs, 2019, ReportPeriod.YEAR, Optional.empty())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(4);
            for (String name : new String[] {ScorecardWorkbook.SUMMARY_SHEET, ScorecardWorkbook.AREA_SHEET,
                ScorecardWorkbook.LIST_SHEET, ScorecardWorkbook.INDICATOR_SHEET}) {
                XSSFSheet sheet = book.getSheet(name);
                assertThat(sheet).as(name).isNotNull();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("447/KH-UBND", "năm 2019",
                        "toàn tỉnh Lai Châu");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                        .contains("lập lúc 09:00 ngày 01/03/2020 (Asia/Ho_Chi_Minh)", "từ 01/01/2019 đến 31/12/2019");
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (HEADER + 1));
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
                assertThat(filter.getFirstRow()).isEqualTo(HEADER);
                assertThat(filter.getFirstColumn()).isZero();
                assertThat(filter.getLastColumn()).isEqualTo(sheet.getRow(HEADER).getLastCellNum() - 1);
                assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(8 * 256);
                assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
            }
        }
    }

    @Test
    void theAgencySummaryTotalsAreTheSumOfItsRowsAndMatchTheDatabase() throws Exception {
        try (XSSFWorkbook book = scorecard(data.leader, 2019, ReportPeriod.YEAR, Optional.empty())) {
            XSSFSheet sheet = book.getSheet(ScorecardWorkbook.SUMMARY_SHEET);
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            assertThat(filter.getLastRow()).isEqualTo(sheet.getLastRowNum() - 1);
            for (int column : new int[] {2, 3, 4, 5, 6, 7, 9}) {
                double sum = 0;
                for (int r = HEADER + 1; r < sheet.getLastRowNum(); r++) {
                    sum += sheet.getRow(r).getCell(column).getNumericCellValue();
                }
                assertThat(totals.getCell(column).getNumericCellValue()).as("column " + column).isEqualTo(sum);
            }
            Optional<Long> all = Optional.empty();
            assertThat((long) totals.getCell(2).getNumericCellValue())
                    .isEqualTo(data.count(all, "2019-01-01", "2019-12-31", ""));
            assertThat((long) totals.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat((long) totals.getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat((long) totals.getCell(5).getNumericCellValue()).isEqualTo(data.count(all, "2019-01-01",
                    "2019-12-31", "o.finished_on IS NULL AND o.due_date < '2020-03-01'"));
            assertThat((long) totals.getCell(9).getNumericCellValue()).isEqualTo(1);
            Row areaTotals = book.getSheet(ScorecardWorkbook.AREA_SHEET).getRow(
                    book.getSheet(ScorecardWorkbook.AREA_SHEET).getLastRowNum());
            assertThat(areaTotals.getCell(2).getNumericCellValue()).isEqualTo(totals.getCell(2).getNumericCellValue());
            assertThat(book.getSheet(ScorecardWorkbook.LIST_SHEET).getLastRowNum() - HEADER)
                    .isEqualTo((int) totals.getCell(2).getNumericCellValue());
        }
    }

    @Test
    void ratesArePercentagesAndDatesAreDateCells() throws Exception {
        try (XSSFWorkbook book = scorecard(data.official, 2019, ReportPeriod.YEAR, Optional.of(data.agency))) {
            XSSFSheet summary = book.getSheet(ScorecardWorkbook.SUMMARY_SHEET);
            Row row = summary.getRow(HEADER + 1);
            Cell rate = row.getCell(8);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            double onTime = row.getCell(3).getNumericCellValue();
            double judged = onTime + row.getCell(4).getNumericCellValue() + row.getCell(5).getNumericCellValue();
            assertThat(rate.getNumericCellValue()).isEqualTo(onTime / judged);
            XSSFSheet list = book.getSheet(ScorecardWorkbook.LIST_SHEET);
            Cell due = list.getRow(HEADER + 1).getCell(5);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            LocalDate first = Jpa.inTransaction(em -> ((java.sql.Date) em.createNativeQuery("SELECT MIN(due_date) "
                    + "FROM occurrence WHERE agency_id = " + data.agency + " AND due_date >= '2019-01-01'")
                    .getSingleResult()).toLocalDate());
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first);
            boolean finishedDateSeen = false;
            for (int r = HEADER + 1; r <= list.getLastRowNum(); r++) {
                Cell finished = list.getRow(r).getCell(8);
                if (finished != null && finished.getCellType() == CellType.NUMERIC) {
                    assertThat(DateUtil.isCellDateFormatted(finished)).isTrue();
                    finishedDateSeen = true;
                }
            }
            assertThat(finishedDateSeen).isTrue();
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        try (XSSFWorkbook book = scorecard(data.official, 2019, ReportPeriod.YEAR, Optional.of(data.agency))) {
            XSSFSheet list = book.getSheet(ScorecardWorkbook.LIST_SHEET);
            Cell evidence = null;
            for (int r = HEADER + 1; r <= list.getLastRowNum(); r++) {
                Cell c = list.getRow(r).getCell(9);
                if (c != null && c.getStringCellValue().startsWith("=")) {
                    evidence = c;
                }
            }
            assertThat(evidence).isNotNull();
            assertThat(evidence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evidence.getStringCellValue())
                    .isEqualTo(ReportFixture.FORMULA_NAME + "; " + ReportFixture.PLAIN_NAME);
            assertThat(evidence.getCellStyle().getQuotePrefixed()).isTrue();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                book.getSheetAt(s).forEach(r -> r.forEach(c ->
                        assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
        }
        for (String risky : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(FormulaText.looksLikeFormula(risky)).as(risky).isTrue();
        }
        assertThat(FormulaText.looksLikeFormula("Sở Nội vụ")).isFalse();
        assertThat(FormulaText.looksLikeFormula("")).isFalse();
    }

    @Test
    void theIndicatorSheetListsEveryIndicatorWithItsTarget() throws Exception {
        try (XSSFWorkbook book = scorecard(data.admin, 2019, ReportPeriod.YEAR, Optional.empty())) {
            XSSFSheet sheet = book.getSheet(ScorecardWorkbook.INDICATOR_SHEET);
            long indicators = Jpa.count("SELECT COUNT(*) FROM indicator WHERE plan_id = " + data.plan);
            assertThat(sheet.getLastRowNum() - HEADER).isEqualTo((int) indicators);
            boolean targetSeen = false;
            for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
                Cell target = sheet.getRow(r).getCell(5);
                if (target != null) {
                    assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
                    targetSeen = true;
                }
            }
            assertThat(targetSeen).isTrue();
            boolean lastYearSeen = false;
            for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
                Cell comparison = sheet.getRow(r).getCell(4);
                if (comparison != null && comparison.getStringCellValue().equals("↑ cao hơn năm trước")) {
                    lastYearSeen = true;
                    assertThat(sheet.getRow(r).getCell(7).getStringCellValue()).isIn("Chưa có số liệu",
                            "Chưa có số liệu năm trước để so sánh", "Đạt", "Chưa đạt");
                }
            }
            assertThat(lastYearSeen).as("a target \"cao hơn năm trước\" reads as such").isTrue();
        }
    }

    @Test
    void anOfficialReadsOnlyTheirOwnAgencysReport() {
        assertThatThrownBy(() -> Jpa.run(em -> ReportFixture.reports(em).scorecard(data.stranger, data.plan, 2019,
                ReportPeriod.YEAR, Optional.of(data.agency))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.reason()).isEqualTo(Refusal.Reason.FORBIDDEN));
        assertThatThrownBy(() -> Jpa.run(em -> ReportFixture.reports(em).draft(data.official, data.plan, 2019,
                ReportPeriod.YEAR, Optional.empty())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("report-not-yours"));
        assertThatThrownBy(() -> Jpa.run(em -> ReportFixture.reports(em).draft(data.official, data.plan, 2019,
                ReportPeriod.YEAR, Optional.of(999_999L))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("agency-not-found"));
        assertThatThrownBy(() -> Jpa.run(em -> ReportFixture.reports(em).draft(data.admin, data.plan, 1990,
                ReportPeriod.YEAR, Optional.empty())))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations()).extracting(Refusal.Violation::field)
                        .containsExactly("year"));
        assertThatThrownBy(() -> ReportPeriod.parse("QUY_5"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations()).extracting(Refusal.Violation::field)
                        .containsExactly("period"));
        assertThat(ReportPeriod.parse("half-year")).isEqualTo(ReportPeriod.HALF_YEAR);
    }
}
