package vn.laichau.par.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.agency.Agency;
import vn.laichau.par.domain.model.occurrence.DeadlineExtension;
import vn.laichau.par.domain.model.occurrence.Evidence;
import vn.laichau.par.domain.model.occurrence.Occurrence;
import vn.laichau.par.domain.model.occurrence.StatusRule;
import vn.laichau.par.domain.model.plan.Plan;
import vn.laichau.par.domain.model.plan.Task;
import vn.laichau.par.persistence.agency.AgencyRepository;
import vn.laichau.par.persistence.occurrence.OccurrenceRepository;
import vn.laichau.par.persistence.plan.PlanRepository;

/**
 * Writes the yearly result report: a sheet of the plan's tasks and a sheet with one row per occurrence of the
 * year (for one agency when asked) with its status, progress, evidence file names and deadline extensions.
 */
@ApplicationScoped
public class YearlyReport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] TASK_COLUMNS = {"Mã nhiệm vụ", "Lĩnh vực", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn",
        "Tài liệu kiểm chứng"};
    static final String[] OCCURRENCE_COLUMNS = {"Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị", "Kỳ", "Hạn", "Trạng thái",
        "Tiến độ (%)", "Ngày hoàn thành", "Minh chứng", "Gia hạn"};

    private final PlanRepository plans;
    private final OccurrenceRepository occurrences;
    private final AgencyRepository agencies;
    private final Clock clock;

    @Inject
    public YearlyReport(PlanRepository plans, OccurrenceRepository occurrences, AgencyRepository agencies,
                        Clock clock) {
        this.plans = plans;
        this.occurrences = occurrences;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** For the container's client proxy only. */
    protected YearlyReport() {
        this(null, null, null, null);
    }

    /**
     * The workbook of a plan year, for every agency or for {@code agencyId} only; statuses as they stand today.
     */
    @Transactional
    public byte[] workbook(long planId, int year, Long agencyId) {
        if (year < 1900 || year > 2200) {
            throw Refusal.invalid("invalid-year", "Năm phải từ 1900 đến 2200", "The year must be between 1900 and 2200",
                    List.of());
        }
        Plan plan = plans.findById(planId).orElseThrow(() -> Refusal.notFound("kế hoạch", "plan", planId));
        Map<Long, String> agencyNames = new HashMap<>();
        for (Agency agency : agencies.all()) {
            agencyNames.put(agency.getId(), agency.getName());
        }
        if (agencyId != null && !agencyNames.containsKey(agencyId)) {
            throw Refusal.notFound("cơ quan", "agency", agencyId);
        }
        LocalDate today = LocalDate.now(clock);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet tasks = workbook.createSheet("Nhiệm vụ");
            header(tasks, TASK_COLUMNS);
            Sheet dated = workbook.createSheet("Kỳ hạn " + year);
            header(dated, OCCURRENCE_COLUMNS);
            for (Task task : plan.tasks()) {
                row(tasks, task.code(), task.area().numeral() + ". " + task.area().name(), task.text(),
                        task.leadText(), task.deadlinePhrase(), task.evidence().documents().orElse(""));
                for (Occurrence occurrence : occurrences.ofTask(task.id(), year)) {
                    if (agencyId != null && occurrence.agencyId() != agencyId) {
                        continue;
                    }
                    row(dated, task.code(), task.shortTitle(),
                            agencyNames.getOrDefault(occurrence.agencyId(), String.valueOf(occurrence.agencyId())),
                            occurrence.period(), VietnameseDate.of(occurrence.dueDate()),
                            occurrence.status(StatusRule.standard(), today).labelVi(),
                            String.valueOf(occurrence.progressPercent()),
                            occurrence.finishedOn().map(VietnameseDate::of).orElse(""),
                            evidenceOf(occurrence), extensionsOf(occurrence));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String evidenceOf(Occurrence occurrence) {
        List<Evidence> files = occurrences.evidenceOf(occurrence.id());
        return files.stream().map(Evidence::fileName).collect(Collectors.joining("; "));
    }

    private String extensionsOf(Occurrence occurrence) {
        List<DeadlineExtension> asked = occurrences.extensionsOf(occurrence.id());
        return asked.stream().map(e -> VietnameseDate.of(e.oldDueDate()) + " → " + VietnameseDate.of(e.newDueDate()) + " ("
                + e.status().name() + e.decisionReference().map(r -> ", " + r).orElse("") + ")")
                .collect(Collectors.joining("; "));
    }

    private static void header(Sheet sheet, String[] columns) {
        row(sheet, columns);
    }

    /** A row of text cells; text a spreadsheet could take for a formula carries the quote prefix. */
    private static void row(Sheet sheet, String... cells) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        CellStyle quoted = null;
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i];
            Cell cell = row.createCell(i);
            cell.setCellValue(text);
            if (FormulaText.looksLikeFormula(text)) {
                if (quoted == null) {
                    quoted = quotedStyle(sheet.getWorkbook());
                }
                cell.setCellStyle(quoted);
            }
        }
    }

    private static CellStyle quotedStyle(Workbook workbook) {
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            CellStyle style = workbook.getCellStyleAt(i);
            if (style.getQuotePrefixed()) {
                return style;
            }
        }
        CellStyle style = workbook.createCellStyle();
        style.setQuotePrefixed(true);
        return style;
    }
}
