package vn.laichau.par.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    private final DeadlineContext context = DeadlineContextFixture.standard();

    private static DueDate due(String period, String iso) {
        return new DueDate(period, LocalDate.parse(iso));
    }

    @Nested
    class DatedRules {

        @Test
        void aFixedDateBelongsOnlyToThePlanYearItFallsIn() {
            FixedDate rule = new FixedDate(LocalDate.of(2017, 12, 30));

            assertThat(rule.dueDates(2017, context)).containsExactly(due("2017", "2017-12-30"));
            assertThat(rule.dueDates(2018, context)).isEmpty();
            assertThat(rule.describe()).isEqualTo("Trước ngày 30/12/2017");
        }

        @Test
        void aYearlyDateFallsInEveryPlanYear() {
            YearlyDate rule = new YearlyDate(MonthDay.of(12, 20));

            assertThat(rule.dueDates(2019, context)).containsExactly(due("2019", "2019-12-20"));
            assertThat(rule.dueDates(2020, context)).containsExactly(due("2020", "2020-12-20"));
            assertThat(rule.describe()).isEqualTo("Trước ngày 20/12 hằng năm");
        }

        @Test
        void theYearBeforeThePlanYearMakesThe2019OccurrenceDueAtTheEndOf2018() {
            RelativeToPlanYear rule = new RelativeToPlanYear(MonthDay.of(12, 31), -1);

            assertThat(rule.dueDates(2019, context)).containsExactly(due("2019", "2018-12-31"));
            assertThat(rule.describe()).isEqualTo("Trước ngày 31/12 năm trước liền kề năm kế hoạch");
        }

        @Test
        void theYearAfterThePlanYearMakesTheReportDueInJanuary() {
            RelativeToPlanYear rule = new RelativeToPlanYear(MonthDay.of(1, 31), 1);

            assertThat(rule.dueDates(2019, context)).containsExactly(due("2019", "2020-01-31"));
            assertThat(rule.describe()).isEqualTo("Trước ngày 31/01 năm sau liền kề năm kế hoạch");
        }

        @Test
        void withinThePlanYearIsDueOnItsLastDay() {
            RelativeToPlanYear rule = new RelativeToPlanYear(MonthDay.of(12, 31), 0);

            assertThat(rule.dueDates(2018, context)).containsExactly(due("2018", "2018-12-31"));
            assertThat(rule.describe()).isEqualTo("Trước ngày 31/12 năm kế hoạch");
        }

        @Test
        void fromAYearOnYieldsNothingBeforeThatYear() {
            FromYearOn rule = new FromYearOn(2018);

            assertThat(rule.dueDates(2017, context)).isEmpty();
            assertThat(rule.dueDates(2018, context)).containsExactly(due("2018", "2018-12-31"));
            assertThat(rule.dueDates(2020, context)).containsExactly(due("2020", "2020-12-31"));
            assertThat(rule.describe()).isEqualTo("Từ năm 2018 trở đi, trước ngày 31/12 hằng năm");
        }

        @Test
        void continuousWorkOwesTheYearlyResultReportOn25December() {
            Continuous rule = new Continuous();

            assertThat(rule.dueDates(2019, context)).containsExactly(due("2019", "2019-12-25"));
            assertThat(rule.describe()).isEqualTo("Thường xuyên; báo cáo kết quả trước ngày 25/12 hằng năm");
        }
    }

    @Nested
    class PeriodicRules {

        @Test
        void theReportingCalendarYieldsTheQuarterSixMonthQuarterThreeAndYearReports() {
            assertThat(new ByReportingCalendar().dueDates(2019, context)).containsExactly(
                    due("2019-Q1", "2019-03-20"), due("2019-H1", "2019-06-20"),
                    due("2019-Q3", "2019-09-20"), due("2019-Y", "2019-12-20"));
        }

        @Test
        void theReportingCalendarFollowsTheContextsConfiguration() {
            ReportingCalendar province = new ReportingCalendar(
                    MonthDay.of(3, 10), MonthDay.of(6, 10), MonthDay.of(9, 10), MonthDay.of(1, 15));

            assertThat(new ByReportingCalendar().dueDates(2019, context.withReporting(province)))
                    .extracting(DueDate::date)
                    .containsExactly(LocalDate.of(2019, 3, 10), LocalDate.of(2019, 6, 10),
                            LocalDate.of(2019, 9, 10), LocalDate.of(2020, 1, 15));
        }

        @Test
        void everyQuarterIsDueOnTheLastDayOfEachQuarter() {
            assertThat(Quarterly.everyQuarter().dueDates(2020, context)).containsExactly(
                    due("2020-Q1", "2020-03-31"), due("2020-Q2", "2020-06-30"),
                    due("2020-Q3", "2020-09-30"), due("2020-Q4", "2020-12-31"));
            assertThat(Quarterly.everyQuarter().describe()).isEqualTo("Định kỳ hằng quý");
        }

        @Test
        void namedQuartersAreSortedAndDescribedWithRomanNumerals() {
            Quarterly rule = Quarterly.of(3, 1, 3);

            assertThat(rule.quarters()).containsExactly(1, 3);
            assertThat(rule.dueDates(2019, context)).extracting(DueDate::period).containsExactly("2019-Q1", "2019-Q3");
            assertThat(rule.describe()).isEqualTo("Trong quý I, quý III hằng năm");
        }

        @Test
        void aQuarterOutsideOneToFourIsRejected() {
            assertThatThrownBy(() -> Quarterly.of(5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Quarterly(List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void halfYearsAreDueAtTheEndOfJuneAndOfDecember() {
            assertThat(HalfYearly.firstHalf().dueDates(2019, context)).containsExactly(due("2019-H1", "2019-06-30"));
            assertThat(HalfYearly.secondHalf().dueDates(2019, context)).containsExactly(due("2019-H2", "2019-12-31"));
            assertThat(HalfYearly.everyHalf().dueDates(2019, context)).hasSize(2);
            assertThat(HalfYearly.firstHalf().describe()).isEqualTo("6 tháng đầu năm");
            assertThat(HalfYearly.everyHalf().describe()).isEqualTo("Định kỳ 6 tháng");
        }
    }

    @Nested
    class EventRules {

        private final WorkingDaysFromEvent afterSigning =
                new WorkingDaysFromEvent(5, EventDirection.AFTER, "ký quyết định công bố");

        @Test
        void withoutTheEventDateNothingIsDueAndTheRuleSaysWhichDateItNeeds() {
            assertThat(afterSigning.dueDates(2026, context)).isEmpty();
            assertThat(afterSigning.missingInformation(context))
                    .contains("Cần biết ngày ký quyết định công bố để tính thời hạn");
        }

        @Test
        void fiveWorkingDaysAfterSigningSkipGioToAndTheVictoryAndLabourDays() {
            DeadlineContext signed = context.withEventDate(LocalDate.of(2026, 4, 22));

            assertThat(afterSigning.dueDates(2026, signed)).containsExactly(due("2026-E2026-04-22", "2026-05-04"));
            assertThat(afterSigning.missingInformation(signed)).isEmpty();
        }

        @Test
        void anEventOfAnotherYearYieldsNothingForThisPlanYear() {
            assertThat(afterSigning.dueDates(2025, context.withEventDate(LocalDate.of(2026, 4, 22)))).isEmpty();
        }

        @Test
        void workingDaysBeforeAnEventCountBackwards() {
            WorkingDaysFromEvent beforeInForce = new WorkingDaysFromEvent(5, EventDirection.BEFORE, "văn bản có hiệu lực");

            assertThat(beforeInForce.dueDates(2026, context.withEventDate(LocalDate.of(2026, 5, 6))))
                    .containsExactly(due("2026-E2026-05-06", "2026-04-24"));
            assertThat(beforeInForce.describe()).isEqualTo("Trước 05 ngày làm việc tính đến ngày văn bản có hiệu lực");
            assertThat(afterSigning.describe()).isEqualTo("05 ngày làm việc kể từ ngày ký quyết định công bố");
        }

        @Test
        void aWorkingDayRuleNeedsAtLeastOneDay() {
            assertThatThrownBy(() -> new WorkingDaysFromEvent(0, EventDirection.AFTER, "ký"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class ManualRules {

        @Test
        void aManualDateYieldsNothingAndExplainsWhy() {
            NeedsManualDate rule = new NeedsManualDate("Theo hướng dẫn của Bộ Nội vụ", "Cần cán bộ nhập ngày");

            assertThat(rule.dueDates(2019, context)).isEmpty();
            assertThat(rule.needsManualDate()).isTrue();
            assertThat(rule.missingInformation(context)).contains("Cần cán bộ nhập ngày");
            assertThat(rule.describe()).isEqualTo("Cần cán bộ nhập ngày (Theo hướng dẫn của Bộ Nội vụ)");
        }

        @Test
        void datesSetByHandAreYieldedForTheirPlanYearOnly() {
            SetByHand rule = SetByHand.of(2019, LocalDate.of(2019, 11, 15), "Công văn 123/BNV-CCHC")
                    .with(2020, LocalDate.of(2020, 11, 16));

            assertThat(rule.dueDates(2019, context)).containsExactly(due("2019", "2019-11-15"));
            assertThat(rule.dueDates(2020, context)).containsExactly(due("2020", "2020-11-16"));
            assertThat(rule.dueDates(2021, context)).isEmpty();
            assertThat(rule.needsManualDate()).isFalse();
            assertThat(rule.describe()).isEqualTo("Ngày do cán bộ nhập: 15/11/2019, 16/11/2020 (Công văn 123/BNV-CCHC)");
        }

        @Test
        void datesSetByHandCannotBeChangedFromOutside() {
            java.util.HashMap<Integer, LocalDate> dates = new java.util.HashMap<>(Map.of(2019, LocalDate.of(2019, 1, 1)));
            SetByHand rule = new SetByHand(dates, "Công văn");
            dates.put(2020, LocalDate.of(2020, 1, 1));

            assertThat(rule.datesByPlanYear()).containsOnlyKeys(2019);
        }
    }

    @Test
    void everyKindHasARule() {
        DeadlinePhraseParser parser = new DeadlinePhraseParser();
        List<DeadlineRule> rules = List.of(
                parser.parse("Xong trước 30/12/2017"), parser.parse("Trước 20/12 hằng năm"),
                parser.parse("Trong năm kế hoạch"), parser.parse("Năm 2018 và các năm tiếp theo"),
                parser.parse("Theo chế độ báo cáo"), parser.parse("Thường xuyên"),
                parser.parse("05 ngày làm việc kể từ ngày ký"), parser.parse("Quý I"),
                parser.parse("6 tháng đầu năm"), parser.parse("Tháng 10 hằng năm"), parser.parse("Giai đoạn 2026–2030"),
                parser.parse("Theo hướng dẫn của Bộ Nội vụ"),
                SetByHand.of(2019, LocalDate.of(2019, 5, 5), "Công văn"));

        assertThat(rules).extracting(DeadlineRule::kind).containsExactlyInAnyOrder(DeadlineKind.values());
    }

    @Test
    void aDueDatePeriodMustBeOneOfTheStableNames() {
        assertThat(due("2019-Y", "2019-12-20").planYear()).isEqualTo(2019);
        assertThatThrownBy(() -> due("2019-Q5", "2019-12-20")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> due("năm 2019", "2019-12-20")).isInstanceOf(IllegalArgumentException.class);
    }
}
