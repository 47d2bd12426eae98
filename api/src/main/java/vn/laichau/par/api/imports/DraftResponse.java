package vn.laichau.par.api.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.domain.deadline.DeadlineRule;
import vn.laichau.par.domain.importing.DraftArea;
import vn.laichau.par.domain.importing.ImportWarning;
import vn.laichau.par.domain.model.agency.ResponsibleParty;

/**
 * An imported appendix waiting for review.
 *
 * @param warnings the warnings about rows that are not tasks (area headings, skipped rows)
 * @param rows     the task rows, each with its own warnings
 */
public record DraftResponse(long id, String fileName, String format, Instant createdAt, int taskCount,
                            int warningCount, List<Area> areas, List<Warning> warnings, List<Row> rows) {

    /** An area heading as read. */
    public record Area(int row, String numeral, String name) {
        static Area of(DraftArea area) {
            return new Area(area.rowNumber(), area.numeral(), area.name());
        }
    }

    /** Something a person should review in one row of the file. */
    public record Warning(int row, String kind, String messageVi, String messageEn) {
        static Warning of(ImportWarning warning) {
            return new Warning(warning.rowNumber(), warning.kind().name(), warning.messageVi(), warning.messageEn());
        }
    }

    /** An agency or group a row names, as recognised. */
    public record Party(String kind, String code) {
        static Party of(ResponsibleParty party) {
            return new Party(party.kind().name(), party.code());
        }
    }

    /** How the row's deadline phrase was read. */
    public record Deadline(String kind, String description, boolean needsManualDate) {
        static Deadline of(DeadlineRule rule) {
            return new Deadline(rule.kind().name(), rule.describe(), rule.needsManualDate());
        }
    }

    /** A due date entered by hand. */
    public record ManualDate(LocalDate date, boolean everyYear, String reason) {
    }

    /** One task row: the cells as read or corrected, what they were read as, and its warnings. */
    public record Row(long id, int position, List<Integer> sourceRows, String areaNumeral, String code,
                      String heading, String text, String leadText, List<Party> leads, String coordinatingText,
                      List<Party> coordinators, String deadlinePhrase, Deadline deadline, ManualDate manualDate,
                      String evidence, List<Warning> warnings) {
    }
}
