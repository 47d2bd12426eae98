package vn.laichau.par.application.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorTarget;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.report.ReportQueries.OccurrenceLine;

/**
 * Writes the scorecard workbook: a summary per agency with totals, one per area with totals, the list of the
 * occurrences due in the period, and the indicators against their targets. Each sheet opens with two title rows
 * (plan, period, scope; when it was made), then a header row that stays in view and carries an auto-filter. Dates
 * are date cells shown dd/mm/yyyy, rates are numbers shown as percentages, and text that a spreadsheet could
 * take for a formula is marked as text. Rows stream to disk, so a long occurrence list costs little memory.
 */
final class ScorecardWorkbook {

    static final String SUMMARY_SHEET = "Theo đơn vị";
    static final String AREA_SHEET = "Theo lĩnh vực";
    static final String LIST_SHEET = "Danh sách kỳ hạn";
    static final String INDICATOR_SHEET = "Chỉ tiêu";
    /** The row of each sheet's column headers (0-based); the title rows are above it. */
    static final int HEADER_ROW = 3;

    static final String[] TALLY_COLUMNS = {"Số nhiệm vụ đến hạn", "Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
        "Quá hạn", "Chưa đến hạn", "Hoàn thành thiếu minh chứng", "Tỷ lệ đúng hạn", "Số lần gia hạn"};
    static final String[] LIST_COLUMNS = {"Mã nhiệm vụ", "Lĩnh vực", "Nhiệm vụ", "Đơn vị", "Kỳ", "Hạn",
        "Trạng thái", "Tiến độ (%)", "Ngày hoàn thành", "Minh chứng", "Gia hạn"};
    static final String[] INDICATOR_COLUMNS = {"Mã", "Lĩnh vực", "Chỉ tiêu", "Đơn vị tính", "So sánh", "Mục tiêu",
        "Thực hiện", "Đánh giá", "Còn thiếu", "Nguồn số liệu"};

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final ReportContent content;
    private final String provinceName;
    private SXSSFWorkbook workbook;
    private CellStyle title;
    private CellStyle header;
    private CellStyle text;
    private CellStyle quotedText;
    private CellStyle date;
    private CellStyle percent;
    private CellStyle whole;
    private CellStyle decimal;
    private CellStyle totalText;
    private CellStyle totalWhole;
    private CellStyle totalPercent;

    ScorecardWorkbook(ReportContent content, String provinceName) {
        this.content = content;
        this.provinceName = provinceName;
    }

    byte[] write() {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            this.workbook = book;
            styles();
            summary();
            areas();
            list();
            indicators();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary() {
        Sheet sheet = sheet(SUMMARY_SHEET, "Tổng hợp theo đơn vị", prepend("STT", "Đơn vị", TALLY_COLUMNS),
                new int[] {6, 44, 14, 14, 14, 12, 12, 16, 12, 12});
        int n = 0;
        Tally total = new Tally();
        for (Map.Entry<Long, Tally> e : content.byAgency().entrySet()) {
            Row row = next(sheet);
            number(row, 0, ++n, whole);
            text(row, 1, content.agencyName(e.getKey()));
            tally(row, 2, e.getValue(), false);
            total.add(e.getValue());
        }
        finish(sheet, 10, total);
    }

    private void areas() {
        Sheet sheet = sheet(AREA_SHEET, "Tổng hợp theo lĩnh vực", prepend("Lĩnh vực", "Tên lĩnh vực", TALLY_COLUMNS),
                new int[] {9, 50, 14, 14, 14, 12, 12, 16, 12, 12});
        Map<Long, Tally> byArea = content.byArea();
        Tally total = new Tally();
        for (Area area : content.areas()) {
            Tally tally = byArea.get(area.id());
            Row row = next(sheet);
            text(row, 0, area.numeral());
            text(row, 1, area.name());
            tally(row, 2, tally, false);
            total.add(tally);
        }
        finish(sheet, 10, total);
    }

    private void list() {
        Sheet sheet = sheet(LIST_SHEET, "Danh sách kỳ hạn đến hạn trong kỳ báo cáo", LIST_COLUMNS,
                new int[] {11, 8, 60, 36, 12, 12, 16, 10, 14, 40, 36});
        StatusRule rule = StatusRule.standard();
        for (OccurrenceLine line : content.lines()) {
            Task task = content.tasks().get(line.taskId());
            Row row = next(sheet);
            text(row, 0, task.code());
            text(row, 1, task.area().numeral());
            text(row, 2, task.shortTitle());
            text(row, 3, content.agencyName(line.agencyId()));
            text(row, 4, line.period());
            date(row, 5, line.dueDate());
            text(row, 6, rule.statusOf(line.dueDate(), content.today(), Optional.ofNullable(line.finishedOn()))
                    .labelVi());
            number(row, 7, line.progressPercent(), whole);
            date(row, 8, line.finishedOn());
            text(row, 9, String.join("; ", content.evidenceOf(line.id())));
            text(row, 10, content.granted().getOrDefault(line.id(), List.of()).stream()
                    .map(x -> VietnameseDate.of(x.oldDueDate()) + " → " + VietnameseDate.of(x.newDueDate())
                            + (x.decisionReference() == null ? "" : " (" + x.decisionReference() + ")"))
                    .collect(Collectors.joining("; ")));
        }
        filter(sheet, 11, sheet.getLastRowNum());
    }

    private void indicators() {
        Sheet sheet = sheet(INDICATOR_SHEET, "Chỉ tiêu năm " + content.year() + " so với mục tiêu", INDICATOR_COLUMNS,
                new int[] {8, 9, 70, 10, 10, 11, 11, 16, 11, 36});
        for (Indicator indicator : content.indicators()) {
            Row row = next(sheet);
            text(row, 0, indicator.code());
            text(row, 1, indicator.areaNumeral().orElse(""));
            text(row, 2, indicator.description());
            text(row, 3, indicator.unit());
            Optional<IndicatorTarget> target = indicator.targetFor(content.year());
            IndicatorValue value = content.values().get(indicator.id());
            target.ifPresent(t -> {
                if (t.isRelativeToLastYear()) {
                    text(row, 4, t.comparison().symbol() + " " + t.comparison().wordsVi());
                    content.lastYearValue(indicator).ifPresent(v -> decimal(row, 5, v));
                } else {
                    text(row, 4, t.comparison().symbol());
                    decimal(row, 5, t.value());
                }
            });
            if (value != null) {
                decimal(row, 6, value.value());
                value.source().ifPresent(s -> text(row, 9, s));
            }
            text(row, 7, IndicatorVerdict.of(indicator, content.year(), value, content.lastYearValue(indicator)).labelVi());
            if (value != null) {
                indicator.shortfall(content.year(), value.value(), content.lastYearValue(indicator))
                        .ifPresent(s -> decimal(row, 8, s));
            }
        }
        filter(sheet, INDICATOR_COLUMNS.length, sheet.getLastRowNum());
    }

    private Sheet sheet(String name, String heading, String[] columns, int[] widths) {
        Sheet sheet = workbook.createSheet(name);
        Row first = sheet.createRow(0);
        text(first, 0, heading + " — Kế hoạch " + content.plan().number() + " — " + content.period().titleVi(
                content.year()) + " — " + content.scopeName(provinceName)).setCellStyle(title);
        Row second = sheet.createRow(1);
        text(second, 0, "Số liệu các kỳ hạn từ " + VietnameseDate.of(content.firstDay()) + " đến "
                + VietnameseDate.of(content.lastDay()) + ", trạng thái tính đến ngày " + VietnameseDate.of(content.today())
                + "; lập lúc " + MADE.format(content.madeAt()) + " (" + content.madeAt().getZone().getId() + ")");
        Row head = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(columns[i]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        return sheet;
    }

    /** The auto-filter over the header and the data rows, and the totals row below them. */
    private void finish(Sheet sheet, int columns, Tally total) {
        int lastData = sheet.getLastRowNum();
        filter(sheet, columns, lastData);
        Row row = sheet.createRow(lastData + 1);
        Cell label = row.createCell(0);
        label.setCellStyle(totalText);
        text(row, 1, "Tổng cộng").setCellStyle(totalText);
        tally(row, 2, total, true);
    }

    private static void filter(Sheet sheet, int columns, int lastRow) {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(lastRow, HEADER_ROW), 0, columns - 1));
    }

    private void tally(Row row, int from, Tally t, boolean totals) {
        CellStyle count = totals ? totalWhole : whole;
        long[] values = {t.due, t.onTime, t.late, t.overdue, t.notYetDue, t.withoutEvidence};
        for (int i = 0; i < values.length; i++) {
            number(row, from + i, values[i], count);
        }
        Double rate = t.onTimeRate();
        Cell cell = row.createCell(from + 6);
        cell.setCellStyle(totals ? totalPercent : percent);
        if (rate != null) {
            cell.setCellValue(rate);
        }
        number(row, from + 7, t.extensions, count);
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        String safe = value == null ? "" : value;
        cell.setCellValue(safe);
        cell.setCellStyle(FormulaText.looksLikeFormula(safe) ? quotedText : text);
        return cell;
    }

    private void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private void decimal(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(decimal);
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static String[] prepend(String first, String second, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private void styles() {
        short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
        short percentFormat = workbook.createDataFormat().getFormat("0.0%");
        short decimalFormat = workbook.createDataFormat().getFormat("#,##0.##");
        short wholeFormat = workbook.createDataFormat().getFormat("#,##0");
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(dateFormat);
        percent = workbook.createCellStyle();
        percent.setDataFormat(percentFormat);
        whole = workbook.createCellStyle();
        whole.setDataFormat(wholeFormat);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(decimalFormat);
        totalText = workbook.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        totalWhole = workbook.createCellStyle();
        totalWhole.cloneStyleFrom(whole);
        totalWhole.setFont(bold);
        totalWhole.setBorderTop(BorderStyle.THIN);
        totalPercent = workbook.createCellStyle();
        totalPercent.cloneStyleFrom(percent);
        totalPercent.setFont(bold);
        totalPercent.setBorderTop(BorderStyle.THIN);
    }
}
