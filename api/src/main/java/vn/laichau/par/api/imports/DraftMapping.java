package vn.laichau.par.api.imports;

import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.application.plan.DraftView;
import vn.laichau.par.persistence.imports.ImportDraft;
import vn.laichau.par.persistence.imports.ImportDraftRow;

/** Drafts as the API shows them. */
final class DraftMapping {

    private DraftMapping() {
    }

    static DraftResponse of(DraftView view) {
        ImportDraft draft = view.draft();
        List<DraftResponse.Row> rows = new ArrayList<>();
        for (DraftView.Row read : view.rows()) {
            ImportDraftRow row = read.row();
            rows.add(new DraftResponse.Row(row.id(), row.position(), row.rowNumbers(), row.areaNumeral(),
                    row.code(), row.heading().orElse(null), row.text(), row.leadText(),
                    read.leads().stream().map(DraftResponse.Party::of).toList(), row.coordinatingText(),
                    read.coordinators().stream().map(DraftResponse.Party::of).toList(),
                    row.deadlinePhrase(), DraftResponse.Deadline.of(read.deadline()),
                    row.manualDeadline().map(m -> new DraftResponse.ManualDate(m.date(), m.isEveryYear(), m.reason()))
                            .orElse(null),
                    row.evidence(), row.warnings().stream().map(DraftResponse.Warning::of).toList()));
        }
        return new DraftResponse(draft.id(), draft.fileName(), draft.format().name(), draft.createdAt(),
                rows.size(), view.warningCount(), draft.areas().stream().map(DraftResponse.Area::of).toList(),
                draft.fileWarnings().stream().map(DraftResponse.Warning::of).toList(), rows);
    }

    static DraftSummary summary(DraftView.Summary summary) {
        ImportDraft draft = summary.draft();
        return new DraftSummary(draft.id(), draft.fileName(), draft.format().name(), draft.createdAt(),
                summary.taskCount(), summary.warningCount());
    }
}
