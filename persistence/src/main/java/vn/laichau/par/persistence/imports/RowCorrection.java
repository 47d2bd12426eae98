package vn.laichau.par.persistence.imports;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an administrator changes in one task row of a draft; an empty field is left as it is.
 *
 * @param code                  the task's number in the plan, e.g. "V.7.2"
 * @param leadText              the lead agencies as written
 * @param coordinatingText      the coordinating agencies as written
 * @param deadlinePhrase        the deadline as written
 * @param manualDate            a due date entered by hand (needs {@code manualReason})
 * @param manualReason          where the date entered by hand comes from
 * @param manualEveryYear       whether the date entered by hand recurs on the same day every plan year
 * @param followWrittenDeadline drop the date entered by hand, so that the written deadline applies
 */
public record RowCorrection(Optional<String> code, Optional<String> leadText, Optional<String> coordinatingText,
                            Optional<String> deadlinePhrase, Optional<LocalDate> manualDate,
                            Optional<String> manualReason, boolean manualEveryYear, boolean followWrittenDeadline) {

    public RowCorrection {
        if (manualDate.isPresent() && manualReason.map(String::isBlank).orElse(true)) {
            throw new IllegalArgumentException("A date entered by hand needs a reason");
        }
    }
}
