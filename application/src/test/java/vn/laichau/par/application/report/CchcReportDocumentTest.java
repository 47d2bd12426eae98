package vn.laichau.par.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.laichau.par.application.parindex.ParIndexFramework;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.dashboard.DashboardQueries;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.official.OfficialRepository;
import vn.laichau.par.persistence.parindex.ParIndexFrameworkRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/** The draft CCHC report, opened again with POI and compared with the database. */
class CchcReportDocumentTest {

    private static ReportFixture data;

    @BeforeAll
    static void load() {
        data = new ReportFixture();
    }

    private static XWPFDocument draft(long official, int year, ReportPeriod period, Optional<Long> agency)
            throws Exception {
        ReportFile file = Jpa.inTransaction(em -> ReportFixture.reports(em).draft(official, data.plan, year, period,
                agency));
        assertThat(file.contentType()).isEqualTo(ReportFile.DOCX);
        assertThat(file.fileName()).endsWith(".docx");
        return new XWPFDocument(new ByteArrayInputStream(file.content()));
    }

    /** Every paragraph's text in body order, table cells included (row by row, cell by cell). */
    private static List<String> texts(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                texts.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                        .forEach(p -> texts.add(p.getText()))));
            }
        }
        return texts;
    }

    private static List<String> cellTexts(XWPFDocument doc) {
        List<String> cells = new ArrayList<>();
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> cells.add(c.getText()))));
        return cells;
    }

    @Test
    void theHeaderCarriesTheIssuerAnEmptyNumberTheNationalMottoPlaceAndDateAndTheTitle() throws Exception {
        try (XWPFDocument doc = draft(data.official, 2019, ReportPeriod.HALF_YEAR, Optional.of(data.agency))) {
            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            String agencyName = Jpa.inTransaction(em -> (String) em.createNativeQuery(
                    "SELECT name FROM agency WHERE id = " + data.agency).getSingleResult());
            assertThat(left.getText()).contains(agencyName.toUpperCase(new java.util.Locale("vi")));
            assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.matches("Số: +/BC-[A-ZĐ]+"));
            assertThat(right.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Lai Châu, ngày      tháng      năm 2019");
            List<String> texts = texts(doc);
            int title = texts.indexOf("BÁO CÁO");
            assertThat(title).isPositive();
            assertThat(texts.get(title + 1))
                    .isEqualTo("Kết quả thực hiện công tác cải cách hành chính 6 tháng năm 2019");
            assertThat(texts).contains("Nơi nhận:", "IV. KHÓ KHĂN, VƯỚNG MẮC", "V. ĐỀ XUẤT, KIẾN NGHỊ");
        }
    }

    @Test
    void theProvincesReportIsSignedBySoNoiVuUnderTheProvincialCommittee() throws Exception {
        try (XWPFDocument doc = draft(data.homeAffairs, 2019, ReportPeriod.QUARTER_1, Optional.empty())) {
            XWPFTableCell left = doc.getTables().get(0).getRow(0).getCell(0);
            assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText)
                    .startsWith("UBND TỈNH LAI CHÂU", "SỞ NỘI VỤ", "Số:        /BC-SNV");
            assertThat(texts(doc)).contains("Kết quả thực hiện công tác cải cách hành chính quý I năm 2019");
        }
    }

    @Test
    void everyAreaHasItsSectionWithTheFiguresOfTheDatabase() throws Exception {
        Optional<Long> agency = Optional.of(data.agency);
        try (XWPFDocument doc = draft(data.official, 2019, ReportPeriod.YEAR, agency)) {
            List<String> texts = texts(doc);
            String from = "2019-01-01";
            String to = "2019-12-31";
            long due = data.count(agency, from, to, "");
            long onTime = data.count(agency, from, to, "o.finished_on <= o.due_date");
            long late = data.count(agency, from, to, "o.finished_on > o.due_date");
            long overdue = data.count(agency, from, to, "o.finished_on IS NULL AND o.due_date < '2020-03-01'");
            assertThat(due).isGreaterThan(4);
            assertThat(onTime).isEqualTo(2);
            assertThat(late).isEqualTo(1);
            assertThat(texts).contains("Trong kỳ có " + due + " nhiệm vụ đến hạn; đã hoàn thành đúng hạn " + onTime
                    + ", hoàn thành trễ hạn " + late + ", quá hạn chưa hoàn thành " + overdue
                    + ", chưa đến hạn 0; hoàn thành nhưng chưa có tài liệu kiểm chứng 2; được gia hạn 1 lần; "
                    + "tỷ lệ hoàn thành đúng hạn " + String.format(new java.util.Locale("vi"), "%.1f%%",
                    100.0 * onTime / (onTime + late + overdue)) + ".");
            List<Object[]> areas = Jpa.inTransaction(em -> em.createNativeQuery("SELECT a.id, a.numeral, a.name "
                    + "FROM plan_area a WHERE a.plan_id = " + data.plan + " ORDER BY a.position").getResultList());
            assertThat(areas).hasSizeGreaterThanOrEqualTo(8);
            int n = 0;
            for (Object[] area : areas) {
                String heading = (++n) + ". Lĩnh vực " + area[1] + ": " + area[2];
                int at = texts.indexOf(heading);
                assertThat(at).as(heading).isPositive();
                String condition = "t.area_id = " + area[0];
                long areaDue = data.count(agency, from, to, condition);
                if (areaDue == 0) {
                    assertThat(texts.get(at + 1)).isEqualTo(CchcReportDocument.NOTHING_DUE_IN_AREA);
                } else {
                    assertThat(texts.get(at + 1)).startsWith("Trong kỳ có " + areaDue + " nhiệm vụ đến hạn; "
                            + "đã hoàn thành đúng hạn " + data.count(agency, from, to, condition
                            + " AND o.finished_on <= o.due_date") + ", hoàn thành trễ hạn "
                            + data.count(agency, from, to, condition + " AND o.finished_on > o.due_date")
                            + ", quá hạn chưa hoàn thành " + data.count(agency, from, to, condition
                            + " AND o.finished_on IS NULL"));
                }
            }
            List<String> cells = cellTexts(doc);
            assertThat(cells).anyMatch(c -> c.contains(ReportFixture.PLAIN_NAME) && c.contains(ReportFixture.FORMULA_NAME));
            assertThat(cells).anyMatch(c -> c.contains("12/QĐ-UBND"));
            assertThat(cells).anyMatch(c -> c.endsWith("(trễ hạn)"));
            String agencyName = Jpa.inTransaction(em -> (String) em.createNativeQuery(
                    "SELECT name FROM agency WHERE id = " + data.agency).getSingleResult());
            long overdueRowsWithOwner = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() > 2
                            && t.getRow(0).getCell(2).getText().equals("Đơn vị chủ trì"))
                    .mapToLong(t -> t.getRows().stream().skip(1)
                            .filter(r -> r.getCell(2).getText().equals(agencyName)).count()).sum();
            assertThat(overdueRowsWithOwner).isEqualTo(overdue);
        }
    }

    @Test
    void theParIndexHistoryAndTheIndicatorsAreShown() throws Exception {
        try (XWPFDocument doc = draft(data.leader, 2019, ReportPeriod.YEAR, Optional.empty())) {
            List<String> cells = cellTexts(doc);
            long results = Jpa.count("SELECT COUNT(*) FROM par_index_result WHERE result_year <= 2019");
            assertThat(results).isPositive();
            assertThat(cells).contains("2012", "66,46", "59/63", "2013", "63,17", "62/63");
            assertThat(cells).as("2016 was out of 97.5 points, its rank not known").contains("2016", "67,41/97,5", "—",
                    "-11,71 điểm");
            long indicators = Jpa.count("SELECT COUNT(*) FROM indicator WHERE plan_id = " + data.plan);
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() > 2
                            && t.getRow(0).getCell(1).getText().equals("Chỉ tiêu")).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize((int) indicators + 1);
        }
    }

    @Test
    void thePageIsA4WithTheDecreesMarginsInTimesNewRoman() throws Exception {
        try (XWPFDocument doc = draft(data.official, 2019, ReportPeriod.NINE_MONTHS, Optional.of(data.agency))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(new BigInteger(section.getPgSz().getW().toString())).isEqualTo(11906);
            assertThat(new BigInteger(section.getPgSz().getH().toString())).isEqualTo(16838);
            int mmTop = twipsToMm(section.getPgMar().getTop());
            int mmBottom = twipsToMm(section.getPgMar().getBottom());
            int mmLeft = twipsToMm(section.getPgMar().getLeft());
            int mmRight = twipsToMm(section.getPgMar().getRight());
            assertThat(mmTop).isBetween(20, 25);
            assertThat(mmBottom).isBetween(20, 25);
            assertThat(mmLeft).isBetween(30, 35);
            assertThat(mmRight).isBetween(15, 20);
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                    .forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    private static int twipsToMm(Object twips) {
        return (int) Math.round(Long.parseLong(twips.toString()) * 25.4 / 1440);
    }

    @Test
    void aPeriodWithNothingDueSaysSoInsteadOfPrintingEmptyTables() throws Exception {
        assertThat(data.count(Optional.empty(), "2016-01-01", "2016-03-31", "")).isZero();
        try (XWPFDocument doc = draft(data.admin, 2016, ReportPeriod.QUARTER_1, Optional.empty())) {
            List<String> texts = texts(doc);
            assertThat(texts).contains(CchcReportDocument.NOTHING_DUE);
            long areas = Jpa.count("SELECT COUNT(*) FROM plan_area WHERE plan_id = " + data.plan);
            assertThat(texts.stream().filter(CchcReportDocument.NOTHING_DUE_IN_AREA::equals).count())
                    .isEqualTo(areas);
            assertThat(doc.getTables()).noneMatch(t -> t.getRow(0).getTableCells().size() > 1
                    && t.getRow(0).getCell(1).getText().equals("Nhiệm vụ"));
        }
    }

    @Test
    void theSectionsAnAgencyWroteAreInTheDraftAndInTheNextOne() throws Exception {
        ReportSections.Stored stored = Jpa.inTransaction(em -> ReportFixture.sections(em).write(data.official,
                data.plan, Optional.of(data.agency), Optional.empty(), new ReportSections.Texts(
                        "Thiếu cán bộ chuyên trách CCHC.\nKinh phí hạn chế.", "Đề nghị bổ sung biên chế.",
                        "- Sở Nội vụ;\n- UBND tỉnh;\n- Lưu: VT.", "Giám đốc", "Nguyễn Văn B")));
        assertThat(stored.version()).contains(0L);
        for (ReportPeriod period : new ReportPeriod[] {ReportPeriod.HALF_YEAR, ReportPeriod.YEAR}) {
            try (XWPFDocument doc = draft(data.official, 2019, period, Optional.of(data.agency))) {
                List<String> texts = texts(doc);
                int difficulties = texts.indexOf("IV. KHÓ KHĂN, VƯỚNG MẮC");
                assertThat(texts.subList(difficulties + 1, difficulties + 3))
                        .containsExactly("Thiếu cán bộ chuyên trách CCHC.", "Kinh phí hạn chế.");
                int proposals = texts.indexOf("V. ĐỀ XUẤT, KIẾN NGHỊ");
                assertThat(texts.get(proposals + 1)).isEqualTo("Đề nghị bổ sung biên chế.");
                assertThat(texts).contains("- UBND tỉnh;", "GIÁM ĐỐC", "Nguyễn Văn B");
            }
        }
    }

    @Test
    void thePointsAtRiskOfTheYearAreShownOnceCriteriaScoreIt() throws Exception {
        assertThat(Jpa.count("SELECT COUNT(*) FROM par_index_version")).as("no criteria imported yet").isZero();
        try (XWPFDocument doc = draft(data.leader, 2019, ReportPeriod.YEAR, Optional.empty())) {
            assertThat(texts(doc)).contains("Điểm có nguy cơ bị mất năm 2019").anyMatch(t -> t.startsWith(
                    "Chưa có bộ tiêu chí Chỉ số cải cách hành chính áp dụng cho năm 2019"));
        }
        long task = Jpa.count("SELECT MIN(t.id) FROM task t JOIN occurrence o ON o.task_id = t.id WHERE t.plan_id = "
                + data.plan + " AND o.plan_year = 2019");
        long obligations = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2019 AND task_id = " + task);
        long done = Jpa.count("SELECT COUNT(*) FROM occurrence WHERE plan_year = 2019 AND finished_on IS NOT NULL "
                + "AND evidence_count > 0 AND task_id = " + task);
        assertThat(obligations).isPositive().isGreaterThan(done);
        String file = "area_no\tarea_name\tcriterion_code\tcriterion_name\tcomponent_code\tcomponent_name\tmax_points"
                + "\tscoring\tnote\n"
                + "1\tChỉ đạo, điều hành\t1.1\tKế hoạch CCHC\t1.1.1\tBan hành kế hoạch CCHC\t4\tEVIDENCE\t\n"
                + "1\tChỉ đạo, điều hành\t1.1\tKế hoạch CCHC\t1.1.2\tBáo cáo CCHC\t1.5\tEVIDENCE\t\n"
                + "8\tTác động\t8.1\tSIPAS\t8.1.1\tSự hài lòng\t10\tSURVEY\t\n";
        Actor admin = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);
        Jpa.run(em -> {
            ParIndexFramework framework = new ParIndexFramework(new ParIndexFrameworkRepository(em, ReportFixture.CLOCK),
                    new PlanRepository(em), new DashboardQueries(em), new OfficialRepository(em),
                    new AgencyRepository(em), "SO_NOI_VU", ReportFixture.CLOCK);
            ParIndexFramework.VersionView view = framework.importVersion(admin, "1/QĐ-THU", "Bộ tiêu chí thử", 2017,
                    file.getBytes(java.nio.charset.StandardCharsets.UTF_8), "tieu-chi.tsv").view();
            long component = view.components().stream().filter(c -> c.code().equals("1.1.1")).findFirst()
                    .orElseThrow().id();
            framework.mapTasks(admin, component, List.of(task));
        });
        // by hand: 4 points × the share of the task's 2019 obligations not done with evidence; the unmapped 1.5
        // points are all at risk; the 10 survey points are apart
        BigDecimal first = new BigDecimal(4 * (obligations - done)).divide(BigDecimal.valueOf(obligations), 2,
                java.math.RoundingMode.HALF_UP);
        String atRisk = plain(first.add(new BigDecimal("1.5")));
        String projected = plain(new BigDecimal("5.5").subtract(first).subtract(new BigDecimal("1.5")));

        try (XWPFDocument doc = draft(data.leader, 2019, ReportPeriod.YEAR, Optional.empty())) {
            List<String> texts = texts(doc);
            assertThat(texts).anyMatch(t -> t.equals("Theo bộ tiêu chí 1/QĐ-THU: các tiêu chí thành phần chấm bằng tài "
                    + "liệu kiểm chứng có tối đa 5,5 điểm; có nguy cơ bị mất " + atRisk + " điểm (tiêu chí chưa có đủ "
                    + "nhiệm vụ hoàn thành kèm tài liệu kiểm chứng); điểm tự đánh giá dự kiến " + projected
                    + " điểm. Các tiêu chí điều tra xã hội học và thống kê (10 điểm) không phụ thuộc vào các nhiệm vụ "
                    + "của kế hoạch."));
            XWPFTable components = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText()
                    .equals("Tiêu chí thành phần")).findFirst().orElseThrow();
            List<String> rows = new ArrayList<>();
            components.getRows().stream().skip(1).forEach(r -> rows.add(String.join(" | ",
                    r.getTableCells().stream().map(XWPFTableCell::getText).toList())));
            assertThat(rows).containsExactlyInAnyOrder(
                    "1.1.1 Ban hành kế hoạch CCHC | 4 | " + done + "/" + obligations + " | " + plain(first),
                    "1.1.2 Báo cáo CCHC | 1,5 | chưa gắn nhiệm vụ | 1,5");
            assertThat(texts).contains("Các đơn vị giữ nhiều điểm có nguy cơ bị mất nhất:");
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
