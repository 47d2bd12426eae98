package vn.laichau.par.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrase families of plans issued after Kế hoạch 447 — quarters, halves, months, spans and the move to the
 * next working day — each read into a rule, dated in a plan year and read back in plain Vietnamese.
 */
class NextPlanPhrasesTest {

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final DeadlineContext context = DeadlineContextFixture.standard();

    static Stream<Arguments> families() {
        return Stream.of(
                // quarters
                Arguments.of("Quý II", Quarterly.of(2), 2027, List.of("2027-Q2 2027-06-30"),
                        "hạn: 30/06/2027 — hết quý II năm kế hoạch"),
                Arguments.of("Quý II năm kế hoạch", Quarterly.of(2), 2027, List.of("2027-Q2 2027-06-30"),
                        "hạn: 30/06/2027 — hết quý II năm kế hoạch"),
                Arguments.of("Trong quý I hàng năm", Quarterly.of(1), 2027, List.of("2027-Q1 2027-03-31"),
                        "hạn: 31/03/2027 — hết quý I năm kế hoạch"),
                Arguments.of("quy iii hang nam", Quarterly.of(3), 2027, List.of("2027-Q3 2027-09-30"),
                        "hạn: 30/09/2027 — hết quý III năm kế hoạch"),
                Arguments.of("Quý I năm 2027", new FixedDate(LocalDate.of(2027, 3, 31)), 2027,
                        List.of("2027 2027-03-31"), "hạn: 31/03/2027 — Trước ngày 31/03/2027"),
                Arguments.of("Trong quý", Quarterly.everyQuarter(), 2027,
                        List.of("2027-Q1 2027-03-31", "2027-Q2 2027-06-30", "2027-Q3 2027-09-30", "2027-Q4 2027-12-31"),
                        "hạn: 31/03/2027 — hết quý I năm kế hoạch"),
                Arguments.of("Trước ngày 15 tháng cuối quý", new QuarterlyOnDay(15), 2027,
                        List.of("2027-Q1 2027-03-15", "2027-Q2 2027-06-15", "2027-Q3 2027-09-15", "2027-Q4 2027-12-15"),
                        "hạn: 15/03/2027 — ngày 15 tháng cuối quý I (tháng 3)"),
                // halves and months
                Arguments.of("6 tháng cuối năm", HalfYearly.secondHalf(), 2027, List.of("2027-H2 2027-12-31"),
                        "hạn: 31/12/2027 — hết 6 tháng cuối năm kế hoạch"),
                Arguments.of("06 tháng đầu năm kế hoạch", HalfYearly.firstHalf(), 2027, List.of("2027-H1 2027-06-30"),
                        "hạn: 30/06/2027 — hết 6 tháng đầu năm kế hoạch"),
                Arguments.of("Tháng 10 hằng năm", new MonthOfYear(10), 2027, List.of("2027 2027-10-31"),
                        "hạn: 31/10/2027 — hết tháng 10 năm kế hoạch"),
                Arguments.of("Trong tháng 6 năm kế hoạch", new MonthOfYear(6), 2027, List.of("2027 2027-06-30"),
                        "hạn: 30/06/2027 — hết tháng 6 năm kế hoạch"),
                Arguments.of("Trong tháng 6 năm 2027", new FixedDate(LocalDate.of(2027, 6, 30)), 2027,
                        List.of("2027 2027-06-30"), "hạn: 30/06/2027 — Trước ngày 30/06/2027"),
                Arguments.of("Trước ngày 10 hằng tháng", new EveryMonth(10), 2027,
                        List.of("2027-M01 2027-01-10", "2027-M02 2027-02-10", "2027-M03 2027-03-10",
                                "2027-M04 2027-04-10", "2027-M05 2027-05-10", "2027-M06 2027-06-10",
                                "2027-M07 2027-07-10", "2027-M08 2027-08-10", "2027-M09 2027-09-10",
                                "2027-M10 2027-10-10", "2027-M11 2027-11-10", "2027-M12 2027-12-10"),
                        "hạn: 10/01/2027 — ngày 10 của tháng 1"),
                Arguments.of("Định kỳ hằng tháng", new EveryMonth(EveryMonth.LAST_DAY), 2028,
                        List.of("2028-M01 2028-01-31", "2028-M02 2028-02-29", "2028-M03 2028-03-31",
                                "2028-M04 2028-04-30", "2028-M05 2028-05-31", "2028-M06 2028-06-30",
                                "2028-M07 2028-07-31", "2028-M08 2028-08-31", "2028-M09 2028-09-30",
                                "2028-M10 2028-10-31", "2028-M11 2028-11-30", "2028-M12 2028-12-31"),
                        "hạn: 31/01/2028 — hết tháng 1"),
                // spans: one obligation, in the year the span ends
                Arguments.of("2026–2027", new Span(2026, 2027), 2027, List.of("2027 2027-12-31"),
                        "hạn: 31/12/2027 — hết giai đoạn 2026–2027 (một lần cho cả giai đoạn)"),
                Arguments.of("Giai đoạn 2026-2030", new Span(2026, 2030), 2030, List.of("2030 2030-12-31"),
                        "hạn: 31/12/2030 — hết giai đoạn 2026–2030 (một lần cho cả giai đoạn)"),
                Arguments.of("Giai đoạn 2026–2030", new Span(2026, 2030), 2027, List.of(), null),
                // the Civil Code's move to the next working day, only where the plan asks for it
                Arguments.of("Tháng 10 hằng năm, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo",
                        new NextWorkingDay(new MonthOfYear(10)), 2027, List.of("2027 2027-11-01"),
                        "hạn: 01/11/2027 — hết tháng 10 năm kế hoạch, trùng ngày nghỉ thì chuyển sang ngày làm việc "
                                + "tiếp theo"),
                Arguments.of("Trước ngày 10 hằng tháng (nếu trùng vào ngày nghỉ, ngày lễ thì lùi sang ngày làm việc "
                                + "tiếp theo)", new NextWorkingDay(new EveryMonth(10)), 2027,
                        List.of("2027-M01 2027-01-11", "2027-M02 2027-02-12", "2027-M03 2027-03-10",
                                "2027-M04 2027-04-12", "2027-M05 2027-05-10", "2027-M06 2027-06-10",
                                "2027-M07 2027-07-12", "2027-M08 2027-08-10", "2027-M09 2027-09-10",
                                "2027-M10 2027-10-11", "2027-M11 2027-11-10", "2027-M12 2027-12-10"),
                        "hạn: 11/01/2027 — ngày 10 của tháng 1, trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo"),
                Arguments.of("Tháng 10 hằng năm", new MonthOfYear(10), 2027, List.of("2027 2027-10-31"),
                        "hạn: 31/10/2027 — hết tháng 10 năm kế hoạch"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void eachFamilyIsReadDatedAndReadBack(String phrase, DeadlineRule expected, int planYear, List<String> dueDates,
                                          String firstReadBack) {
        DeadlineRule rule = parser.parse(phrase);

        assertThat(rule).isEqualTo(expected);
        List<DueDate> dated = rule.dueDates(planYear, context);
        assertThat(dated).extracting(d -> d.period() + " " + d.date()).containsExactlyElementsOf(dueDates);
        if (firstReadBack != null) {
            assertThat(rule.readBack(dated.get(0))).isEqualTo(firstReadBack);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Trước ngày 31 hằng tháng",           // which day in February is for a person to say
        "Trước ngày 31 tháng cuối quý",       // June and September have no 31st
        "Tháng 13 hằng năm",
        "Trước tháng 10 hằng năm",            // before October begins, or during it: not said
        "Giai đoạn 2030–2026",
        "Giai đoạn 2026–2060",
        "Quý V",
        "Tháng 10 hằng năm, nếu trùng ngày nghỉ thì tùy cơ quan quyết định",
        "Trong quý, trừ quý IV"
    })
    void whatCannotBeReadIsFlaggedNeverGuessed(String phrase) {
        DeadlineRule rule = parser.parse(phrase);

        assertThat(rule.needsManualDate()).as(phrase + " → " + rule).isTrue();
        assertThat(rule.dueDates(2027, context)).isEmpty();
    }
}
