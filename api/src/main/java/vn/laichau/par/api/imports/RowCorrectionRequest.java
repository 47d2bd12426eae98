package vn.laichau.par.api.imports;

import java.time.LocalDate;

/**
 * A correction of one task row of a draft; a field left out stays as it is.
 *
 * @param code                  the task's number, e.g. "V.7.2"
 * @param leadText              the lead agencies as they should be written
 * @param coordinatingText      the coordinating agencies
 * @param deadlinePhrase        the deadline phrase
 * @param manualDate            a due date entered by hand, with {@code manualReason}
 * @param manualReason          the document the date comes from
 * @param manualEveryYear       the date entered by hand recurs on the same day every plan year
 * @param followWrittenDeadline drop the date entered by hand
 */
public record RowCorrectionRequest(String code, String leadText, String coordinatingText, String deadlinePhrase,
                                   LocalDate manualDate, String manualReason, Boolean manualEveryYear,
                                   Boolean followWrittenDeadline) {
}
