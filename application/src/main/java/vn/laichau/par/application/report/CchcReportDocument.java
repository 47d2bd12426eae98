package vn.laichau.par.application.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.agency.AgencyKind;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Indicator;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.domain.parindex.PointsAtRisk;
import vn.laichau.par.persistence.report.ReportQueries.GrantedExtension;
import vn.laichau.par.persistence.report.ReportQueries.OccurrenceLine;
import vn.laichau.par.persistence.report.WrittenSectionRepository.WrittenSections;

/**
 * Writes the draft of the periodic CCHC report as a Word document laid out as Nghị định 30/2020/NĐ-CP sets for
 * administrative documents: A4, Times New Roman, margins 20 mm top and bottom, 30 mm left, 15 mm right; the
 * issuing body with an empty number line for the clerk and the national motto side by side; place and date left
 * for the signing day; the title; the body (one section per area of the plan, the indicators against their
 * targets, the PAR INDEX history, the sections the agency wrote); "Nơi nhận" and the signature block.
 */
final class CchcReportDocument {

    static final String FONT = "Times New Roman";
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String NOTHING_DUE = "Trong kỳ báo cáo không có nhiệm vụ nào đến hạn.";
    static final String NOTHING_DUE_IN_AREA = "Trong kỳ báo cáo không có nhiệm vụ nào đến hạn thuộc lĩnh vực này.";
    /** At most this many rows in one table of the body; the rest are counted and left to the workbook. */
    static final int MOST_ROWS = 150;
    /** A4 and the decree's margins, in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;


    private final ReportContent content;
    private final String provinceName;
    private XWPFDocument document;

    CchcReportDocument(ReportContent content, String provinceName) {
        this.content = content;
        this.provinceName = provinceName;
    }

    byte[] write() {
        try (XWPFDocument doc = new XWPFDocument()) {
            this.document = doc;
            page();
            heading();
            body();
            closing();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Issuing body and number on the left, the national motto and place and date on the right; the title. */
    private void heading() {
        Agency issuer = content.issuer();
        XWPFTable table = frame(2, new int[] {TEXT_WIDTH * 2 / 5, TEXT_WIDTH - TEXT_WIDTH * 2 / 5});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (parentLine(issuer) != null) {
            centred(first, parentLine(issuer), 13, false, false);
            centred(left.addParagraph(), issuer.getName().toUpperCase(new Locale("vi")), 13, true, false);
        } else {
            centred(first, issuer.getName().toUpperCase(new Locale("vi")), 13, true, false);
        }
        centred(left.addParagraph(), "Số:        /BC-" + abbreviation(issuer), 13, false, false);
        centred(right.getParagraphs().get(0), NATION, 12, true, false);
        centred(right.addParagraph(), MOTTO, 13, true, false);
        centred(right.addParagraph(), "", 13, false, false);
        centred(right.addParagraph(), placeAndDate(), 13, false, true);
        blank();
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
        run(title, "BÁO CÁO", 14, true, false);
        XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER);
        run(subject, titleLine(), 14, true, false);
        blank();
    }

    String titleLine() {
        return "Kết quả thực hiện công tác cải cách hành chính " + content.period().titleVi(content.year());
    }

    String placeAndDate() {
        return provinceName + ", ngày      tháng      năm " + content.year();
    }

    private void body() {
        Tally total = content.total();
        text("Thực hiện Kế hoạch số " + content.plan().number() + " ngày " + VietnameseDate.of(content.plan().issuedOn())
                + " của " + content.plan().issuer() + " về " + lowerFirst(content.plan().title()) + ", "
                + content.issuer().getName() + " báo cáo kết quả thực hiện công tác cải cách hành chính "
                + content.period().titleVi(content.year())
                + (content.agency().isEmpty() ? " trên địa bàn tỉnh" : "") + " (các nhiệm vụ có hạn từ ngày "
                + VietnameseDate.of(content.firstDay()) + " đến ngày " + VietnameseDate.of(content.lastDay())
                + "; tình hình thực hiện tính đến ngày " + VietnameseDate.of(content.today()) + ") như sau:");
        section("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH");
        text(total.due == 0 ? NOTHING_DUE : summary(total));
        Map<Long, Tally> byArea = content.byArea();
        int n = 0;
        for (Area area : content.areas()) {
            area(++n, area, byArea.get(area.id()));
        }
        indicators();
        parIndex();
        Optional<WrittenSections> written = content.written();
        section("IV. KHÓ KHĂN, VƯỚNG MẮC");
        writtenText(written.map(WrittenSections::difficulties), "[Đơn vị nêu khó khăn, vướng mắc trong kỳ.]");
        section("V. ĐỀ XUẤT, KIẾN NGHỊ");
        writtenText(written.map(WrittenSections::proposals), "[Đơn vị nêu đề xuất, kiến nghị.]");
        text("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính "
                + content.period().titleVi(content.year()) + " của " + content.issuer().getName() + "./.");
    }

    static String summary(Tally t) {
        return "Trong kỳ có " + t.due + " nhiệm vụ đến hạn; đã hoàn thành đúng hạn " + t.onTime
                + ", hoàn thành trễ hạn " + t.late + ", quá hạn chưa hoàn thành " + t.overdue + ", chưa đến hạn "
                + t.notYetDue + "; hoàn thành nhưng chưa có tài liệu kiểm chứng " + t.withoutEvidence
                + "; được gia hạn " + t.extensions + " lần; tỷ lệ hoàn thành đúng hạn " + rate(t) + ".";
    }

    static String rate(Tally t) {
        Double rate = t.onTimeRate();
        return rate == null ? "chưa tính được" : String.format(new Locale("vi"), "%.1f%%", 100 * rate);
    }

    private void area(int number, Area area, Tally tally) {
        subsection(number + ". Lĩnh vực " + area.numeral() + ": " + area.name());
        if (tally.due == 0) {
            text(NOTHING_DUE_IN_AREA);
            return;
        }
        text(summary(tally));
        List<OccurrenceLine> lines = content.linesOf(area);
        List<String[]> done = new ArrayList<>();
        List<String[]> overdue = new ArrayList<>();
        List<String[]> extended = new ArrayList<>();
        for (OccurrenceLine line : lines) {
            Task task = content.tasks().get(line.taskId());
            String what = task.code() + " " + task.shortTitle();
            String who = content.agencyName(line.agencyId());
            if (line.finishedOn() != null) {
                List<String> evidence = content.evidenceOf(line.id());
                done.add(new String[] {what, who, VietnameseDate.of(line.dueDate()), VietnameseDate.of(line.finishedOn())
                        + (line.finishedOn().isAfter(line.dueDate()) ? " (trễ hạn)" : " (đúng hạn)"),
                        evidence.isEmpty() ? "Chưa có" : String.join("; ", evidence)});
            } else if (line.dueDate().isBefore(content.today())) {
                overdue.add(new String[] {what, who, VietnameseDate.of(line.dueDate()),
                        String.valueOf(ChronoUnit.DAYS.between(line.dueDate(), content.today())),
                        line.progressPercent() + "%"});
            }
            for (GrantedExtension x : content.granted().getOrDefault(line.id(), List.of())) {
                extended.add(new String[] {what, who, VietnameseDate.of(x.oldDueDate()) + " → " + VietnameseDate.of(x.newDueDate()),
                        x.decisionReference() == null ? "" : x.decisionReference()});
            }
        }
        listing("a) Nhiệm vụ đã hoàn thành", new String[] {"TT", "Nhiệm vụ", "Đơn vị thực hiện", "Hạn",
            "Hoàn thành", "Tài liệu kiểm chứng"}, new int[] {6, 29, 19, 15, 15, 16}, done);
        listing("b) Nhiệm vụ quá hạn, chưa hoàn thành", new String[] {"TT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn",
            "Số ngày quá hạn", "Tiến độ"}, new int[] {6, 36, 22, 15, 11, 10}, overdue);
        listing("c) Gia hạn được chấp thuận", new String[] {"TT", "Nhiệm vụ", "Đơn vị", "Hạn cũ → hạn mới",
            "Văn bản"}, new int[] {6, 34, 20, 26, 14}, extended);
    }

    private void listing(String heading, String[] columns, int[] percents, List<String[]> rows) {
        if (rows.isEmpty()) {
            text(heading + ": không có.");
            return;
        }
        text(heading + " (" + rows.size() + "):");
        List<String[]> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), MOST_ROWS); i++) {
            String[] row = new String[columns.length];
            row[0] = String.valueOf(i + 1);
            System.arraycopy(rows.get(i), 0, row, 1, columns.length - 1);
            shown.add(row);
        }
        grid(columns, percents, shown);
        if (rows.size() > MOST_ROWS) {
            text("… và " + (rows.size() - MOST_ROWS) + " mục khác (xem bảng tính kết quả kèm theo).");
        }
    }

    private void indicators() {
        section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM " + content.year());
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (Indicator indicator : content.indicators()) {
            IndicatorValue value = content.values().get(indicator.id());
            rows.add(new String[] {String.valueOf(++n), indicator.code() + " " + indicator.description(),
                    indicator.targetFor(content.year()).map(t -> t.isRelativeToLastYear()
                            ? t.comparison().wordsVi() + content.lastYearValue(indicator)
                                    .map(v -> " (" + plain(v) + " " + indicator.unit() + ")").orElse("")
                            : t.comparison().symbol() + " " + plain(t.value()) + " " + indicator.unit()).orElse("—"),
                    value == null ? "—" : plain(value.value()) + " " + indicator.unit(),
                    IndicatorVerdict.of(indicator, content.year(), value, content.lastYearValue(indicator)).labelVi()});
        }
        if (rows.isEmpty()) {
            text("Kế hoạch không đặt chỉ tiêu định lượng.");
            return;
        }
        grid(new String[] {"TT", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá"}, new int[] {6, 50, 15, 14, 15},
                rows);
    }

    private void parIndex() {
        section("III. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) CỦA TỈNH " + provinceName.toUpperCase(new Locale("vi")));
        List<ParIndexResult> history = content.parIndex();
        if (history.isEmpty()) {
            text("Chưa có kết quả Chỉ số cải cách hành chính nào được ghi nhận.");
            pointsAtRisk();
            return;
        }
        List<String[]> rows = new ArrayList<>();
        ParIndexResult previous = null;
        for (ParIndexResult result : history) {
            String change = "—";
            if (previous != null) {
                BigDecimal delta = result.scoreChangeSince(previous);
                OptionalInt places = result.placesGainedSince(previous);
                change = (delta.signum() > 0 ? "+" : "") + plain(delta) + " điểm"
                        + (places.isEmpty() ? "" : places.getAsInt() > 0 ? "; tăng " + places.getAsInt() + " bậc"
                        : places.getAsInt() < 0 ? "; giảm " + (-places.getAsInt()) + " bậc" : "; giữ nguyên thứ hạng");
            }
            String score = plain(result.score());
            if (result.maxScore().compareTo(ParIndexResult.HUNDRED) != 0) {
                score += "/" + plain(result.maxScore());
            }
            rows.add(new String[] {String.valueOf(result.year()), score, result.rankText(), change});
            previous = result;
        }
        grid(new String[] {"Năm", "Điểm", "Xếp hạng", "So với năm trước"}, new int[] {15, 20, 20, 45}, rows);
        pointsAtRisk();
    }

    /** The points at risk of the report's year, by the latest criteria that score it. */
    private void pointsAtRisk() {
        subsection("Điểm có nguy cơ bị mất năm " + content.year());
        if (content.risk().isEmpty()) {
            text("Chưa có bộ tiêu chí Chỉ số cải cách hành chính áp dụng cho năm " + content.year()
                    + " trong hệ thống; chưa tính được điểm có nguy cơ bị mất.");
            return;
        }
        ParIndexFramework.Risk risk = content.risk().get();
        PointsAtRisk.Result result = risk.result();
        text("Theo bộ tiêu chí " + risk.version().code() + ": các tiêu chí thành phần chấm bằng tài liệu kiểm chứng có "
                + "tối đa " + plain(result.maximum()) + " điểm; có nguy cơ bị mất " + plain(result.atRisk())
                + " điểm (tiêu chí chưa có đủ nhiệm vụ hoàn thành kèm tài liệu kiểm chứng); điểm tự đánh giá dự kiến "
                + plain(result.projected()) + " điểm. Các tiêu chí điều tra xã hội học và thống kê ("
                + plain(result.notControlledMaximum()) + " điểm) không phụ thuộc vào các nhiệm vụ của kế hoạch.");
        List<String[]> rows = new ArrayList<>();
        for (PointsAtRisk.ComponentRisk c : result.evidence()) {
            if (c.atRisk().signum() == 0) {
                continue;
            }
            rows.add(new String[] {c.component().code() + " " + c.component().name(),
                    plain(c.component().maxPoints()),
                    c.tracked() ? c.doneWithEvidence() + "/" + c.obligations() : "chưa gắn nhiệm vụ",
                    plain(c.atRisk())});
        }
        if (rows.isEmpty()) {
            text("Không có tiêu chí thành phần nào có nguy cơ bị mất điểm.");
        } else {
            grid(new String[] {"Tiêu chí thành phần", "Điểm tối đa", "Hoàn thành có TLKC/Số nhiệm vụ",
                    "Điểm có nguy cơ mất"}, new int[] {52, 14, 18, 16}, rows);
        }
        List<String[]> agencies = new ArrayList<>();
        for (PointsAtRisk.AgencyRisk a : result.agencies()) {
            agencies.add(new String[] {risk.agencyNames().getOrDefault(a.agencyId(), "#" + a.agencyId()),
                    plain(a.atRisk()), String.valueOf(a.obligationsOutstanding())});
        }
        if (!agencies.isEmpty()) {
            text(content.agency().isPresent() ? "Phần điểm có nguy cơ bị mất thuộc trách nhiệm của đơn vị:"
                    : "Các đơn vị giữ nhiều điểm có nguy cơ bị mất nhất:");
            grid(new String[] {"Đơn vị", "Điểm có nguy cơ mất", "Nhiệm vụ chưa xong hoặc thiếu TLKC"},
                    new int[] {56, 20, 24}, agencies.subList(0, Math.min(10, agencies.size())));
        }
    }

    private void writtenText(Optional<String> written, String placeholder) {
        String value = written.filter(s -> !s.isBlank()).orElse(placeholder);
        for (String line : value.split("\\R")) {
            text(line);
        }
    }

    /** "Nơi nhận" on the left, the signature block on the right. */
    private void closing() {
        Optional<WrittenSections> written = content.written();
        XWPFTable table = frame(2, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph label = left.getParagraphs().get(0);
        run(label, "Nơi nhận:", 12, true, true);
        String recipients = written.map(WrittenSections::recipients).filter(s -> !s.isBlank())
                .orElse(defaultRecipients());
        for (String line : recipients.split("\\R")) {
            XWPFParagraph p = left.addParagraph();
            p.setSpacingAfter(0);
            run(p, line, 11, false, false);
        }
        String title = written.map(WrittenSections::signerTitle).filter(s -> !s.isBlank())
                .orElse(content.agency().isEmpty() ? "GIÁM ĐỐC" : "THỦ TRƯỞNG CƠ QUAN");
        centred(right.getParagraphs().get(0), title.toUpperCase(new Locale("vi")), 13, true, false);
        centred(right.addParagraph(), "(Ký, ghi rõ họ tên, đóng dấu)", 13, false, true);
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph(), "", 13, false, false);
        }
        centred(right.addParagraph(), written.map(WrittenSections::signerName).filter(s -> !s.isBlank()).orElse(""),
                13, true, false);
    }

    private String defaultRecipients() {
        return content.agency().isEmpty()
                ? "- Bộ Nội vụ;\n- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n"
                        + "- Lưu: VT."
                : "- Sở Nội vụ;\n- Lưu: VT.";
    }

    /** The line above the issuing body: the body it belongs to, for departments and other bodies of the province. */
    private String parentLine(Agency issuer) {
        AgencyKind kind = issuer.getKind();
        return kind == AgencyKind.DEPARTMENT || kind == AgencyKind.OTHER
                ? "UBND TỈNH " + provinceName.toUpperCase(new Locale("vi")) : null;
    }

    /** The issuer's initials for the number line ("Sở Nội vụ" → "SNV"), its short name when it has one. */
    static String abbreviation(Agency issuer) {
        StringBuilder initials = new StringBuilder();
        for (String word : issuer.getName().strip().split("\\s+")) {
            if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
                initials.append(word);
            } else if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        String upper = initials.toString().toUpperCase(new Locale("vi"));
        String plain = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replace('đ', 'Đ').replaceAll("[^A-ZĐ]", "");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private XWPFTable frame(int columns, int[] widths) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth(String.valueOf(TEXT_WIDTH));
        fixedGrid(table, widths);
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    /** Column widths as the table's grid and a fixed layout, so that every word processor keeps them. */
    private static void fixedGrid(XWPFTable table, int[] widths) {
        CTTbl ct = table.getCTTbl();
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        CTTblPr properties = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
    }

    private void grid(String[] columns, int[] percents, List<String[]> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, columns.length);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        int[] widths = new int[percents.length];
        for (int c = 0; c < percents.length; c++) {
            widths[c] = TEXT_WIDTH * percents[c] / 100;
        }
        fixedGrid(table, widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < columns.length; c++) {
            cell(head.getCell(c), columns[c], percents[c], true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            for (int c = 0; c < columns.length; c++) {
                cell(row.getCell(c), rows.get(r)[c], percents[c], false);
            }
        }
        blank();
    }

    private void cell(XWPFTableCell cell, String value, int percent, boolean bold) {
        cell.setWidth(String.valueOf(TEXT_WIDTH * percent / 100));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setAlignment(bold ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        run(p, value, 12, bold, false);
    }

    private void section(String heading) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setSpacingBefore(120);
        p.setIndentationFirstLine(567);
        run(p, heading, 14, true, false);
    }

    private void subsection(String heading) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, heading, 14, true, false);
    }

    private void text(String value) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, value, 14, false, false);
    }

    private void blank() {
        paragraph(ParagraphAlignment.LEFT).setSpacingAfter(0);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        return p;
    }

    private static void centred(XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, value, size, bold, italic);
    }

    private static void run(XWPFParagraph p, String value, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(value);
    }
}
