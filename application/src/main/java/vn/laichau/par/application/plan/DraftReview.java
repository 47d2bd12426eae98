package vn.laichau.par.application.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.laichau.par.domain.deadline.DeadlinePhraseParser;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.importing.DraftTask;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.importing.WarningKind;
import vn.laichau.par.domain.model.agency.AgencyDirectory;
import vn.laichau.par.domain.model.agency.PartyResolution;
import vn.laichau.par.domain.model.agency.ResponsibleParty;
import vn.laichau.par.persistence.imports.ImportDraftRow;

/**
 * Checks a draft row the way the importer checks a row it reads: the agencies it names against the stored
 * directory, its deadline against the phrase parser (a date entered by hand stands in for an unreadable
 * phrase). Numbering warnings stay until the row's number is corrected.
 */
final class DraftReview {

    private static final Set<WarningKind> RECHECKED =
            Set.of(WarningKind.UNKNOWN_AGENCY, WarningKind.MISSING_LEAD_AGENCY, WarningKind.UNREADABLE_DEADLINE);

    private final AgencyDirectory directory;
    private final DeadlinePhraseParser parser;

    DraftReview(AgencyDirectory directory, DeadlinePhraseParser parser) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The warnings that apply to the row as it stands now. */
    List<ImportWarning> warningsOf(ImportDraftRow row, boolean numberingCorrected) {
        List<ImportWarning> warnings = new ArrayList<>();
        for (ImportWarning kept : row.warnings()) {
            boolean numbering = kept.kind() == WarningKind.AMBIGUOUS_NUMBERING;
            if (!RECHECKED.contains(kept.kind()) && !(numbering && numberingCorrected)) {
                warnings.add(kept);
            }
        }
        int line = row.firstRow();
        String code = row.code();
        if (row.leadText().isBlank()) {
            warnings.add(new ImportWarning(line, WarningKind.MISSING_LEAD_AGENCY,
                    "Nhiệm vụ " + code + " không ghi đơn vị chủ trì.", "Task " + code + " names no lead agency."));
        }
        unknown(warnings, line, code, directory.resolve(row.leadText()), "chủ trì", "lead");
        unknown(warnings, line, code, directory.resolve(row.coordinatingText()), "phối hợp", "coordinating");
        DeadlineRule rule = parser.parse(row.deadlinePhrase());
        if (row.manualDeadline().isEmpty() && rule.needsManualDate()) {
            warnings.add(new ImportWarning(line, WarningKind.UNREADABLE_DEADLINE,
                    "Thời hạn \"" + row.deadlinePhrase() + "\" của nhiệm vụ " + code + " cần cán bộ nhập ngày: "
                            + rule.describe(),
                    "The deadline \"" + row.deadlinePhrase() + "\" of task " + code
                            + " needs a date entered by a person."));
        }
        warnings.sort(java.util.Comparator.comparingInt(ImportWarning::rowNumber));
        return warnings;
    }

    /**
     * The row as the importer's task, its agencies resolved against the stored directory. Each task gets its own
     * party values: the directory hands out shared ones, and an embedded value stored for several tasks would be
     * written for one of them only.
     */
    DraftTask taskOf(ImportDraftRow row) {
        return new DraftTask(row.rowNumbers(), row.areaNumeral(), row.code(), row.heading(), row.text(),
                row.leadText(), ownCopies(directory.resolve(row.leadText()).parties()), row.coordinatingText(),
                ownCopies(directory.resolve(row.coordinatingText()).parties()), row.deadlinePhrase(),
                parser.parse(row.deadlinePhrase()), row.evidence());
    }

    private static List<ResponsibleParty> ownCopies(List<ResponsibleParty> parties) {
        return parties.stream()
                .map(p -> p.isGroup() ? ResponsibleParty.group(p.code()) : ResponsibleParty.agency(p.code()))
                .toList();
    }

    private static void unknown(List<ImportWarning> warnings, int line, String code, PartyResolution resolution,
                                String roleVi, String roleEn) {
        if (!resolution.isComplete()) {
            warnings.add(new ImportWarning(line, WarningKind.UNKNOWN_AGENCY,
                    "Nhiệm vụ " + code + ": không nhận ra đơn vị " + roleVi + " " + resolution.unknownNames(),
                    "Task " + code + ": unknown " + roleEn + " agency " + resolution.unknownNames()));
        }
    }
}
