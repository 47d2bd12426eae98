package vn.laichau.par.api.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.persistence.imports.RowCorrection;

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

    static final int MAX_TEXT = 4000;

    /** The correction the request asks for; refused with every field of the wrong shape. */
    RowCorrection toCorrection() {
        List<Refusal.Violation> violations = new ArrayList<>();
        if (code != null && !code.strip().matches("[IVXLC]+(\\.\\d{1,3}){1,3}")) {
            violations.add(new Refusal.Violation("code", "Mã nhiệm vụ có dạng số La Mã rồi số, ví dụ V.7.2",
                    "a task code is a Roman numeral and numbers, e.g. V.7.2"));
        }
        text(violations, "leadText", leadText);
        text(violations, "coordinatingText", coordinatingText);
        text(violations, "deadlinePhrase", deadlinePhrase);
        text(violations, "manualReason", manualReason);
        if (manualDate != null) {
            int year = manualDate.getYear();
            if (year < 1900 || year > 2200) {
                violations.add(new Refusal.Violation("manualDate", "Ngày phải trong các năm 1900–2200",
                        "the date must lie in the years 1900–2200"));
            }
            if (manualReason == null || manualReason.isBlank()) {
                violations.add(new Refusal.Violation("manualReason", "Cần ghi căn cứ của ngày nhập tay",
                        "a date entered by hand needs the document it comes from"));
            }
        }
        boolean follow = Boolean.TRUE.equals(followWrittenDeadline);
        if (follow && manualDate != null) {
            violations.add(new Refusal.Violation("followWrittenDeadline", "Không thể vừa nhập ngày vừa bỏ ngày nhập tay",
                    "cannot both enter a date and drop it"));
        }
        if (code == null && leadText == null && coordinatingText == null && deadlinePhrase == null
                && manualDate == null && !follow) {
            violations.add(new Refusal.Violation("", "Không có gì để sửa", "nothing to correct"));
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-row-correction", "Yêu cầu sửa dòng không hợp lệ",
                    "The row correction is invalid", violations);
        }
        return new RowCorrection(Optional.ofNullable(code).map(String::strip),
                Optional.ofNullable(leadText).map(String::strip),
                Optional.ofNullable(coordinatingText).map(String::strip),
                Optional.ofNullable(deadlinePhrase).map(String::strip),
                Optional.ofNullable(manualDate), Optional.ofNullable(manualReason).map(String::strip),
                Boolean.TRUE.equals(manualEveryYear), follow);
    }

    private static void text(List<Refusal.Violation> violations, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            violations.add(new Refusal.Violation(field, "Tối đa " + MAX_TEXT + " ký tự",
                    "at most " + MAX_TEXT + " characters"));
        } else if (value != null) {
            UserText.violation(field, UserText.cleaned(value, false), false).ifPresent(violations::add);
        }
    }
}
