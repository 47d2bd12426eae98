package vn.laichau.par.domain.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.laichau.par.domain.model.plan.Area;
import vn.laichau.par.domain.model.plan.Plan;

/** An imported appendix for review: its areas and tasks as read, and a warning per thing not understood. */
public record PlanDraft(List<DraftArea> areas, List<DraftTask> tasks, List<ImportWarning> warnings) {

    public PlanDraft {
        areas = List.copyOf(areas);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    public Optional<DraftTask> task(String code) {
        return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<ImportWarning> warningsOf(WarningKind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }

    /** The rows with at least one warning. */
    public Set<Integer> rowsWithWarnings() {
        return warnings.stream().map(ImportWarning::rowNumber).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * The reviewed draft as a plan. Refused, naming the rows, when a task has no lead agency, no deadline or
     * no text, or when two tasks share a code.
     */
    public Plan accept(String number, String title, String issuer, LocalDate issuedOn, int firstYear, int lastYear) {
        List<String> incomplete = tasks.stream().filter(t -> !t.isAcceptable())
                .map(t -> t.code() + " (dòng/row " + t.firstRow() + ")").toList();
        if (!incomplete.isEmpty()) {
            throw new ImportException("Nhiệm vụ thiếu đơn vị chủ trì, nhiệm vụ hoặc thời hạn: " + incomplete,
                    "Tasks without lead agency, text or deadline: " + incomplete);
        }
        Set<String> codes = new HashSet<>();
        for (DraftTask task : tasks) {
            if (!codes.add(task.code())) {
                throw new ImportException("Mã nhiệm vụ " + task.code() + " bị trùng (dòng " + task.firstRow() + ").",
                        "Duplicate task code " + task.code() + " (row " + task.firstRow() + ").");
            }
        }
        Plan plan = new Plan(number, title, issuer, issuedOn, firstYear, lastYear);
        for (DraftArea draftArea : areas) {
            Area area = plan.openArea(draftArea.numeral(), draftArea.name());
            tasks.stream().filter(t -> t.areaNumeral().equals(draftArea.numeral()))
                    .forEach(t -> plan.addTask(area, t.toDefinition()));
        }
        return plan;
    }
}
