package vn.laichau.par.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

class YearlyReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-01T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private static long planId;
    private static long agencyId;

    @BeforeAll
    static void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
        agencyId = Jpa.count("SELECT id FROM agency WHERE code = 'SO_NOI_VU'");
    }

    private static YearlyReport report(EntityManager em) {
        return new YearlyReport(new PlanRepository(em), new OccurrenceRepository(em), new AgencyRepository(em), CLOCK);
    }

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theWorkbookHoldsATaskRowPerTaskAndAnOccurrenceRowPerOccurrenceOfTheYear() throws Exception {
        byte[] whole = Jpa.inTransaction(em -> report(em).workbook(planId, 2019, null));
        try (XSSFWorkbook workbook = open(whole)) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1 + 50 + 2);
            Sheet dated = workbook.getSheetAt(1);
            assertThat(dated.getSheetName()).isEqualTo("Kỳ hạn 2019");
            assertThat(dated.getPhysicalNumberOfRows()).isEqualTo(1 + Jpa.count("SELECT COUNT(*) FROM occurrence o "
                    + "JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId + " AND o.plan_year = 2019"));
            assertThat(dated.getRow(1).getCell(5).getStringCellValue()).isNotBlank();
        }
    }

    @Test
    void oneAgencysWorkbookHoldsItsOccurrencesOnly() throws Exception {
        byte[] one = Jpa.inTransaction(em -> report(em).workbook(planId, 2019, agencyId));
        try (XSSFWorkbook workbook = open(one)) {
            assertThat(workbook.getSheetAt(1).getPhysicalNumberOfRows()).isEqualTo(1 + Jpa.count("SELECT COUNT(*) "
                    + "FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = " + planId
                    + " AND o.plan_year = 2019 AND o.agency_id = " + agencyId));
        }
    }

    @Test
    void anEvidenceNameThatLooksLikeAFormulaStaysText() throws Exception {
        long occurrence = Jpa.count("SELECT o.id FROM occurrence o JOIN task t ON t.id = o.task_id WHERE t.plan_id = "
                + planId + " AND o.plan_year = 2019 AND o.agency_id = " + agencyId + " ORDER BY o.id LIMIT 1");
        Jpa.run(em -> em.createNativeQuery("INSERT INTO evidence (occurrence_id, file_name, content_type, size_bytes, "
                + "sha256, storage_path, channel, uploaded_at) VALUES (" + occurrence + ", '=1+2.pdf', "
                + "'application/pdf', 1, REPEAT('a', 64), 'a/b.pdf', 'API', '2019-02-01 00:00:00')").executeUpdate());
        byte[] one = Jpa.inTransaction(em -> report(em).workbook(planId, 2019, agencyId));
        try (XSSFWorkbook workbook = open(one)) {
            Sheet dated = workbook.getSheetAt(1);
            org.apache.poi.ss.usermodel.Cell evidence = null;
            for (int r = 1; r <= dated.getLastRowNum(); r++) {
                if (dated.getRow(r).getCell(8).getStringCellValue().startsWith("=")) {
                    evidence = dated.getRow(r).getCell(8);
                }
            }
            assertThat(evidence).isNotNull();
            assertThat(evidence.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(evidence.getStringCellValue()).isEqualTo("=1+2.pdf");
            assertThat(evidence.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void anUnknownPlanOrAgencyAndAYearOutOfRangeAreRefused() {
        assertThatThrownBy(() -> Jpa.run(em -> report(em).workbook(999_999, 2019, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("plan-not-found"));
        assertThatThrownBy(() -> Jpa.run(em -> report(em).workbook(planId, 2019, 999_999L)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("agency-not-found"));
        assertThatThrownBy(() -> Jpa.run(em -> report(em).workbook(planId, 1800, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-year"));
    }
}
