package vn.laichau.par.domain.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Thời gian hoàn thành" column of a plan's appendix into a {@link DeadlineRule}.
 *
 * <p>Each known form must match the whole phrase, so an unknown word makes the phrase unreadable instead
 * of being ignored: a phrase that is not fully understood becomes {@link NeedsManualDate} with the reason,
 * never a guess. Input may be NFC or NFD, in any case, with or without diacritics ("hàng năm", "hằng năm",
 * "hang nam"), with extra spaces and with dates as d/M, dd/MM, dd/MM/yyyy, dd.MM.yyyy or dd-MM-yyyy.
 *
 * <p>A parenthesis that states a date wins over words around it that state none: "Theo quy định của Bộ Nội vụ
 * (thời gian báo cáo trước ngày 31/01 của năm sau liền kề năm thực hiện kế hoạch)" is due 31/01 of the next
 * year, and "Thường xuyên (chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)" counts working days
 * from each decision. When both the words and the parenthesis state different dates, or the parenthesis
 * states none ("Trước 20/12 hằng năm (trừ năm 2019)"), a person decides.
 *
 * <p>The parser is stateless and thread-safe; {@link #parse} never throws on any text.
 */
public final class DeadlinePhraseParser {

    private static final String LEAD = "(?:dinh ky )?(?:(?:hoan thanh|xong|thuc hien|ban hanh|gui|nop|bao cao) )?"
            + "(?:(?:cham nhat|han chot|han cuoi)(?: la| vao)? )?"
            + "(?:(?:truoc|den|vao|trong) )?"
            + "(?:ngay )?";
    private static final String DAY_MONTH = "(\\d{1,2})/(\\d{1,2})";
    private static final String EVERY_YEAR = "(?:hang|moi) nam";
    private static final String PLAN_YEAR = "nam (?:thuc hien )?ke hoach";
    private static final String QUARTER = "(iv|iii|ii|i|[1-4])";

    private static final Pattern FIXED_DATE = form(LEAD + DAY_MONTH + "/(\\d{4})");
    private static final Pattern WITHIN_YEAR = form("(?:trong |hoan thanh trong |xong trong )?nam (\\d{4})");
    private static final Pattern YEARLY = form(LEAD + DAY_MONTH + ",? " + EVERY_YEAR);
    private static final Pattern YEARLY_LEADING = form(EVERY_YEAR + ",? " + LEAD + DAY_MONTH);
    private static final Pattern RELATIVE = form(LEAD + DAY_MONTH + " (?:cua )?nam (truoc|sau) (?:lien ke )?(?:voi )?" + PLAN_YEAR);
    private static final Pattern IN_PLAN_YEAR_ON = form(LEAD + DAY_MONTH + " (?:cua )?" + PLAN_YEAR);
    private static final Pattern IN_PLAN_YEAR = form("(?:hoan thanh |thuc hien )?(?:trong )?" + PLAN_YEAR);
    private static final Pattern QUARTER_BEFORE_PLAN_YEAR = form(LEAD + "(?:cuoi )?quy " + QUARTER
            + " (?:cua )?nam truoc (?:lien ke )?" + PLAN_YEAR);
    private static final Pattern FROM_YEAR_ON = form(
            "(?:tu )?nam (\\d{4}) (?:va cac nam tiep theo|va nhung nam tiep theo|tro di|tro ve sau)|tu nam (\\d{4})");
    private static final Pattern REPORTING = form(
            "(?:thuc hien )?(?:theo )?(?:quy dinh )?(?:ve )?che do bao cao(?: dinh ky)?(?: (?:cua|theo quy dinh cua) bo noi vu)?");
    private static final Pattern CONTINUOUS = form("(?:thuc hien )?thuong xuyen(?:,? (?:hang nam|moi nam|lien tuc))?");
    private static final Pattern EVERY_QUARTER = form("(?:dinh ky )?(?:hang|moi) quy|dinh ky (?:theo )?quy");
    private static final Pattern QUARTERS = form(LEAD + "(?:cuoi )?quy " + QUARTER
            + "((?:(?:,|, va| va) (?:quy )?" + QUARTER + ")*)(?: " + EVERY_YEAR + "| (?:cua )?" + PLAN_YEAR + ")?");
    private static final Pattern WITHIN_EACH_QUARTER = form(
            "(?:hoan thanh |thuc hien )?(?:trong|cuoi) (?:moi |tung |hang )?quy");
    private static final Pattern QUARTER_DAY = form("(?:(?:truoc|den|vao|cham nhat(?: la)?) )?ngay (\\d{1,2}) "
            + "(?:cua )?thang cuoi (?:cua )?(?:moi |tung |hang )?quy(?:,? (?:hang|moi) quy)?");
    private static final Pattern MONTH_OF_YEAR = form("(?:hoan thanh |thuc hien |xong )?(?:trong )?thang (\\d{1,2})"
            + "(?: " + EVERY_YEAR + "| (?:cua )?" + PLAN_YEAR + ")?");
    private static final Pattern MONTH_IN_YEAR = form("(?:hoan thanh |thuc hien |xong )?(?:trong )?thang (\\d{1,2})"
            + " (?:cua )?nam (\\d{4})");
    private static final Pattern DAY_OF_EVERY_MONTH = form("(?:(?:truoc|den|vao|cham nhat(?: la)?) )?ngay (\\d{1,2}) "
            + "(?:cua )?(?:hang|moi) thang");
    private static final Pattern EVERY_MONTH = form("(?:dinh ky )?(?:hang|moi) thang|cuoi (?:moi|hang|tung) thang");
    private static final Pattern SPAN = form("(?:(?:hoan thanh |thuc hien )?(?:trong )?(?:ca )?giai doan |nam )?"
            + "(\\d{4}) ?(?:-|–|—|den) ?(\\d{4})");
    private static final Pattern NEXT_WORKING_DAY = form("(.+?)[,;]? ?\\(?(?:neu|khi|truong hop) (?:trung|roi)(?: vao)? "
            + "(?:ngay nghi|ngay le|ngay khong lam viec)[^()]*? (?:thi )?(?:duoc )?(?:chuyen|lui|doi)(?: sang| den)? "
            + "ngay lam viec (?:tiep theo|ke tiep|lien sau)\\)?");
    private static final Pattern QUARTER_OF_YEAR = form(LEAD + "(?:cuoi )?quy " + QUARTER + " nam (\\d{4})");
    private static final Pattern FIRST_HALF = form(LEAD + "(?:06|6|sau) thang dau nam(?: ke hoach| hang nam)?");
    private static final Pattern SECOND_HALF = form(LEAD + "(?:06|6|sau) thang cuoi nam(?: ke hoach| hang nam)?");
    private static final Pattern EVERY_HALF = form("(?:dinh ky|hang|moi) (?:06|6|sau) thang(?: mot lan)?|(?:06|6|sau) thang mot lan");
    private static final Pattern WORKING_DAYS = form(
            "(?:(?:trong thoi han|trong vong|trong|cham nhat(?: la)?|truoc|khong qua) )*(\\d{1,3}) ngay lam viec,? "
                    + "(ke tu|tinh tu|sau|tinh den|truoc|so voi) (?:ngay |khi )?(.+)");
    private static final Pattern TIME_LIMIT_IN_TEXT = Pattern.compile(
            "(?:(?:trong thoi han|trong vong|trong|cham nhat(?: la)?|truoc|khong qua) )*\\d{1,3} ngay lam viec,? "
                    + "(?:ke tu|tinh tu|sau|tinh den|truoc|so voi) [^().;]+");
    private static final Pattern PARENTHESIS = form("(.*?) ?\\((?:(?:thoi gian|thoi han)(?: gui)?(?: bao cao| hoan thanh)?:? )?(.+)\\)");
    private static final Pattern REFERS_ELSEWHERE = form(
            "(?:thuc hien )?theo (huong dan|ke hoach|quy dinh|chi dao|yeu cau|van ban|thong bao|lo trinh)\\b.*");
    private static final Pattern ROMAN_OR_DIGIT = Pattern.compile("\\b(iv|iii|ii|i|[1-4])\\b");

    private final List<Function<PhraseText, Optional<DeadlineRule>>> forms = List.of(
            this::nextWorkingDay, this::fixedDate, this::withinYear, this::yearly, this::relativeToPlanYear,
            this::fromYearOn, this::reporting, this::continuous, this::quarters, this::halves, this::months,
            this::span, this::workingDays, this::parenthesis);

    /** The rule the phrase states, or {@link NeedsManualDate} saying why it cannot be read with certainty. */
    public DeadlineRule parse(String phrase) {
        PhraseText text = PhraseText.of(phrase);
        if (text.isBlank()) {
            return new NeedsManualDate(text.text(), "Chưa ghi thời hạn hoàn thành; cần cán bộ nhập ngày cụ thể");
        }
        try {
            for (Function<PhraseText, Optional<DeadlineRule>> form : forms) {
                Optional<DeadlineRule> rule = form.apply(text);
                if (rule.isPresent()) {
                    return rule.get();
                }
            }
        } catch (DateTimeException | IllegalArgumentException impossible) {
            return new NeedsManualDate(text.text(),
                    "Thời hạn «" + text.text() + "» chứa ngày không có thật; cần cán bộ nhập ngày cụ thể");
        }
        return unreadable(text);
    }

    /** "…, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo": the dated rule before it, moved. */
    private Optional<DeadlineRule> nextWorkingDay(PhraseText text) {
        Matcher m = NEXT_WORKING_DAY.matcher(text.folded());
        if (!m.matches()) {
            return Optional.empty();
        }
        DeadlineRule rule = parse(text.original(m, 1));
        return rule.needsManualDate() || rule instanceof WorkingDaysFromEvent
                ? Optional.empty() : Optional.of(new NextWorkingDay(rule));
    }

    private Optional<DeadlineRule> fixedDate(PhraseText text) {
        Matcher m = FIXED_DATE.matcher(text.folded());
        if (m.matches()) {
            return Optional.of(new FixedDate(LocalDate.of(number(m, 3), number(m, 2), number(m, 1))));
        }
        m = MONTH_IN_YEAR.matcher(text.folded());
        if (m.matches()) {
            return Optional.of(new FixedDate(YearMonth.of(number(m, 2), number(m, 1)).atEndOfMonth()));
        }
        m = QUARTER_OF_YEAR.matcher(text.folded());
        if (m.matches()) {
            return Optional.of(new FixedDate(Quarterly.endOf(number(m, 2), quarter(m.group(1)))));
        }
        return Optional.empty();
    }

    private Optional<DeadlineRule> withinYear(PhraseText text) {
        Matcher m = WITHIN_YEAR.matcher(text.folded());
        return m.matches() ? Optional.of(new FixedDate(LocalDate.of(number(m, 1), 12, 31))) : Optional.empty();
    }

    private Optional<DeadlineRule> yearly(PhraseText text) {
        Matcher m = YEARLY.matcher(text.folded());
        if (!m.matches()) {
            m = YEARLY_LEADING.matcher(text.folded());
        }
        return m.matches() ? Optional.of(new YearlyDate(dayMonth(m, 1))) : Optional.empty();
    }

    private Optional<DeadlineRule> relativeToPlanYear(PhraseText text) {
        Matcher m = RELATIVE.matcher(text.folded());
        if (m.matches()) {
            return Optional.of(new RelativeToPlanYear(dayMonth(m, 1), "truoc".equals(m.group(3)) ? -1 : 1));
        }
        m = IN_PLAN_YEAR_ON.matcher(text.folded());
        if (m.matches()) {
            return Optional.of(new RelativeToPlanYear(dayMonth(m, 1), 0));
        }
        if (IN_PLAN_YEAR.matcher(text.folded()).matches()) {
            return Optional.of(new RelativeToPlanYear(FromYearOn.END_OF_YEAR, 0));
        }
        m = QUARTER_BEFORE_PLAN_YEAR.matcher(text.folded());
        if (m.matches()) {
            LocalDate end = Quarterly.endOf(2000, quarter(m.group(1)));
            return Optional.of(new RelativeToPlanYear(MonthDay.from(end), -1));
        }
        return Optional.empty();
    }

    private Optional<DeadlineRule> fromYearOn(PhraseText text) {
        Matcher m = FROM_YEAR_ON.matcher(text.folded());
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(new FromYearOn(Integer.parseInt(year)));
    }

    private Optional<DeadlineRule> reporting(PhraseText text) {
        return REPORTING.matcher(text.folded()).matches() ? Optional.of(new ByReportingCalendar()) : Optional.empty();
    }

    private Optional<DeadlineRule> continuous(PhraseText text) {
        return CONTINUOUS.matcher(text.folded()).matches() ? Optional.of(new Continuous()) : Optional.empty();
    }

    private Optional<DeadlineRule> quarters(PhraseText text) {
        if (EVERY_QUARTER.matcher(text.folded()).matches() || WITHIN_EACH_QUARTER.matcher(text.folded()).matches()) {
            return Optional.of(Quarterly.everyQuarter());
        }
        Matcher day = QUARTER_DAY.matcher(text.folded());
        if (day.matches()) {
            return number(day, 1) >= 1 && number(day, 1) <= 30
                    ? Optional.of(new QuarterlyOnDay(number(day, 1))) : Optional.empty();
        }
        Matcher m = QUARTERS.matcher(text.folded());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> quarters = new ArrayList<>();
        quarters.add(quarter(m.group(1)));
        Matcher more = ROMAN_OR_DIGIT.matcher(m.group(2));
        while (more.find()) {
            quarters.add(quarter(more.group(1)));
        }
        return Optional.of(new Quarterly(quarters));
    }

    private Optional<DeadlineRule> halves(PhraseText text) {
        if (FIRST_HALF.matcher(text.folded()).matches()) {
            return Optional.of(HalfYearly.firstHalf());
        }
        if (SECOND_HALF.matcher(text.folded()).matches()) {
            return Optional.of(HalfYearly.secondHalf());
        }
        return EVERY_HALF.matcher(text.folded()).matches() ? Optional.of(HalfYearly.everyHalf()) : Optional.empty();
    }

    /**
     * "Tháng 10 hằng năm" (the month's last day), "Trước ngày 10 hằng tháng" (twelve dates), "Hằng tháng". A day
     * some months lack (29–31) is not read: which day it means in February is for a person to say.
     */
    private Optional<DeadlineRule> months(PhraseText text) {
        Matcher m = MONTH_OF_YEAR.matcher(text.folded());
        if (m.matches()) {
            return number(m, 1) >= 1 && number(m, 1) <= 12 ? Optional.of(new MonthOfYear(number(m, 1)))
                    : Optional.empty();
        }
        m = DAY_OF_EVERY_MONTH.matcher(text.folded());
        if (m.matches()) {
            return number(m, 1) >= 1 && number(m, 1) <= 28 ? Optional.of(new EveryMonth(number(m, 1)))
                    : Optional.empty();
        }
        return EVERY_MONTH.matcher(text.folded()).matches() ? Optional.of(new EveryMonth(EveryMonth.LAST_DAY))
                : Optional.empty();
    }

    /** "2026–2027", "Giai đoạn 2026–2030": one obligation at the span's end; a span of over 21 years is not read. */
    private Optional<DeadlineRule> span(PhraseText text) {
        Matcher m = SPAN.matcher(text.folded());
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = number(m, 1);
        int last = number(m, 2);
        return last > first && last - first <= 20 ? Optional.of(new Span(first, last)) : Optional.empty();
    }

    private Optional<DeadlineRule> workingDays(PhraseText text) {
        Matcher m = WORKING_DAYS.matcher(text.folded());
        if (!m.matches() || number(m, 1) < 1) {
            return Optional.empty();
        }
        EventDirection direction = switch (m.group(2)) {
            case "ke tu", "tinh tu", "sau" -> EventDirection.AFTER;
            default -> EventDirection.BEFORE;
        };
        return Optional.of(new WorkingDaysFromEvent(number(m, 1), direction, text.original(m, 3)));
    }

    private Optional<DeadlineRule> parenthesis(PhraseText text) {
        Matcher m = PARENTHESIS.matcher(text.folded());
        if (!m.matches()) {
            return Optional.empty();
        }
        DeadlineRule inner = parse(text.text().substring(m.start(2), m.end(2)));
        if (inner.needsManualDate()) {
            return Optional.empty();
        }
        DeadlineRule outer = parse(text.text().substring(m.start(1), m.end(1)));
        boolean outerAddsNoDate = outer.needsManualDate() || outer instanceof Continuous || outer.equals(inner);
        return outerAddsNoDate ? Optional.of(inner) : Optional.empty();
    }

    /**
     * The time limits counted in working days from an event that a text states anywhere in it, such as a task's
     * "(trong thời hạn chậm nhất là 05 ngày làm việc kể từ ngày ký quyết định công bố)", each read as the phrase
     * it is; a span the parser cannot read whole is left out.
     */
    public List<WorkingDaysFromEvent> timeLimitsIn(String text) {
        PhraseText phrase = PhraseText.of(text);
        List<WorkingDaysFromEvent> found = new ArrayList<>();
        Matcher m = TIME_LIMIT_IN_TEXT.matcher(phrase.folded());
        while (m.find()) {
            if (parse(phrase.text().substring(m.start(), m.end())) instanceof WorkingDaysFromEvent rule
                    && !found.contains(rule)) {
                found.add(rule);
            }
        }
        return found;
    }

    private static DeadlineRule unreadable(PhraseText text) {
        Matcher elsewhere = REFERS_ELSEWHERE.matcher(text.folded());
        if (elsewhere.matches()) {
            return new NeedsManualDate(text.text(), "Thời hạn phụ thuộc văn bản khác («" + text.text()
                    + "»), kế hoạch không ghi ngày; cần cán bộ nhập ngày cụ thể");
        }
        if (text.folded().contains("ngay lam viec")) {
            return new NeedsManualDate(text.text(), "Không xác định được số ngày làm việc hoặc sự kiện để tính thời hạn «"
                    + text.text() + "»; cần cán bộ nhập ngày cụ thể");
        }
        return new NeedsManualDate(text.text(),
                "Không đọc được chắc chắn thời hạn «" + text.text() + "»; cần cán bộ nhập ngày cụ thể");
    }

    private static Pattern form(String regex) {
        return Pattern.compile(regex);
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static MonthDay dayMonth(Matcher m, int dayGroup) {
        return MonthDay.of(number(m, dayGroup + 1), number(m, dayGroup));
    }

    private static int quarter(String token) {
        return switch (token) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> throw new IllegalArgumentException("No quarter " + token);
        };
    }
}
