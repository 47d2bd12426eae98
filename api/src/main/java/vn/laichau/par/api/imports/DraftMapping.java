package vn.laichau.par.api.imports;

import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.persistence.imports.ImportDraft;
import vn.laichau.par.persistence.imports.ImportDraftRow;

/** Drafts as the API shows them, agencies and deadlines read again with the stored directory. */
final class DraftMapping {

    private DraftMapping() {
    }

    static DraftResponse of(ImportDraft draft, AgencyDirectory directory, DeadlinePhraseParser parser) {
        List<DraftResponse.Row> rows = new ArrayList<>();
        int warnings = draft.fileWarnings().size();
        for (ImportDraftRow row : draft.rows()) {
            warnings += row.warnings().size();
            rows.add(new DraftResponse.Row(row.id(), row.position(), row.rowNumbers(), row.areaNumeral(),
                    row.code(), row.heading().orElse(null), row.text(), row.leadText(),
                    directory.resolve(row.leadText()).parties().stream().map(DraftResponse.Party::of).toList(),
                    row.coordinatingText(),
                    directory.resolve(row.coordinatingText()).parties().stream().map(DraftResponse.Party::of).toList(),
                    row.deadlinePhrase(), DraftResponse.Deadline.of(parser.parse(row.deadlinePhrase())),
                    row.manualDeadline().map(m -> new DraftResponse.ManualDate(m.date(), m.isEveryYear(), m.reason()))
                            .orElse(null),
                    row.evidence(), row.warnings().stream().map(DraftResponse.Warning::of).toList()));
        }
        return new DraftResponse(draft.id(), draft.fileName(), draft.format().name(), draft.createdAt(),
                rows.size(), warnings, draft.areas().stream().map(DraftResponse.Area::of).toList(),
                draft.fileWarnings().stream().map(DraftResponse.Warning::of).toList(), rows);
    }

    static DraftSummary summary(ImportDraft draft) {
        int warnings = draft.fileWarnings().size()
                + draft.rows().stream().mapToInt(r -> r.warnings().size()).sum();
        return new DraftSummary(draft.id(), draft.fileName(), draft.format().name(), draft.createdAt(),
                draft.rows().size(), warnings);
    }
}
