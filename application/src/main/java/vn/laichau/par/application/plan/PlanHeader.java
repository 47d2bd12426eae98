package vn.laichau.par.application.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.UserText;

/**
 * What a new plan is called and covers: number, title, issuer, issue date and period. Checked here once, for an
 * accepted import draft and for a plan copied as the next cycle alike.
 */
public record PlanHeader(String number, String title, String issuer, LocalDate issuedOn, int firstYear,
                         int lastYear) {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    static final int MAX_PERIOD = 20;

    /**
     * The header from the fields as given, stripped; refused as {@code refusalCode} with every field that is
     * missing, too long or out of range.
     */
    public static PlanHeader checked(String refusalCode, String number, String title, String issuer,
                                     LocalDate issuedOn, Integer firstYear, Integer lastYear) {
        List<Refusal.Violation> violations = new ArrayList<>();
        required(violations, "number", number, 64);
        required(violations, "title", title, 1000);
        required(violations, "issuer", issuer, 255);
        if (issuedOn == null) {
            violations.add(new Refusal.Violation("issuedOn", "Cần ngày ban hành", "the issue date is required"));
        }
        if (firstYear == null || firstYear < FIRST_YEAR || firstYear > LAST_YEAR) {
            violations.add(new Refusal.Violation("firstYear", "Năm đầu phải từ 1900 đến 2200",
                    "the first year must be between 1900 and 2200"));
        }
        if (lastYear == null || lastYear < FIRST_YEAR || lastYear > LAST_YEAR) {
            violations.add(new Refusal.Violation("lastYear", "Năm cuối phải từ 1900 đến 2200",
                    "the last year must be between 1900 and 2200"));
        } else if (firstYear != null && (lastYear < firstYear || lastYear - firstYear > MAX_PERIOD)) {
            violations.add(new Refusal.Violation("lastYear", "Năm cuối phải từ năm đầu đến năm đầu + 20",
                    "the last year must lie within 20 years from the first"));
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid(refusalCode, "Thông tin kế hoạch không hợp lệ", "The plan's details are invalid",
                    violations);
        }
        return new PlanHeader(UserText.cleaned(number, false), UserText.cleaned(title, false),
                UserText.cleaned(issuer, false), issuedOn, firstYear, lastYear);
    }

    private static void required(List<Refusal.Violation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new Refusal.Violation(field, "Bắt buộc", "required"));
        } else if (value.length() > max) {
            violations.add(new Refusal.Violation(field, "Tối đa " + max + " ký tự", "at most " + max + " characters"));
        } else {
            UserText.violation(field, UserText.cleaned(value, false), false).ifPresent(violations::add);
        }
    }
}
