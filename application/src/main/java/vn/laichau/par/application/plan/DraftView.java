package vn.laichau.par.application.plan;

import java.util.List;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.persistence.imports.ImportDraft;
import vn.laichau.par.persistence.imports.ImportDraftRow;

/**
 * A draft as an administrator reviews it: each row with the agencies and the deadline it is read as now, against
 * the stored directory; {@code version} is the draft's version, which a correction or acceptance must name.
 */
public record DraftView(ImportDraft draft, List<Row> rows, long version) {

    /** One task row and what its cells are read as. */
    public record Row(ImportDraftRow row, List<ResponsibleParty> leads, List<ResponsibleParty> coordinators,
                      DeadlineRule deadline) {
    }

    /** A draft in a list: its file, when it came and how many rows and warnings it holds. */
    public record Summary(ImportDraft draft, int taskCount, int warningCount) {

        static Summary of(ImportDraft draft) {
            return new Summary(draft, draft.rows().size(), warningsOf(draft));
        }
    }

    /** How many warnings the draft holds, about its rows and about the file. */
    public int warningCount() {
        return warningsOf(draft);
    }

    static DraftView of(ImportDraft draft, AgencyDirectory directory, DeadlinePhraseParser parser) {
        List<Row> rows = draft.rows().stream().map(r -> new Row(r, directory.resolve(r.leadText()).parties(),
                directory.resolve(r.coordinatingText()).parties(), parser.parse(r.deadlinePhrase()))).toList();
        return new DraftView(draft, rows, draft.version());
    }

    private static int warningsOf(ImportDraft draft) {
        return draft.fileWarnings().size() + draft.rows().stream().mapToInt(r -> r.warnings().size()).sum();
    }
}
