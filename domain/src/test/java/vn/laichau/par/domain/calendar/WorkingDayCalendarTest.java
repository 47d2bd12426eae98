package vn.laichau.par.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class DaysOff {

        @Test
        void weekdaysAreWorkingDaysAndWeekendsAreNot() {
            assertThat(calendar.isWorkingDay(day("2026-03-04"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2026-03-07"))).isFalse();
            assertThat(calendar.isWorkingDay(day("2026-03-08"))).isFalse();
        }

        @Test
        void theHolidaysOf2026AreTheStatutoryOnesWithTheirCompensatoryDays() {
            assertThat(calendar.holidaysOf(2026))
                    .extracting(Holiday::date, Holiday::source)
                    .containsExactly(
                            tuple(day("2026-01-01"), HolidaySource.SOLAR_HOLIDAY),
                            tuple(day("2026-02-16"), HolidaySource.LUNAR_HOLIDAY),
                            tuple(day("2026-02-17"), HolidaySource.LUNAR_HOLIDAY),
                            tuple(day("2026-02-18"), HolidaySource.LUNAR_HOLIDAY),
                            tuple(day("2026-02-19"), HolidaySource.LUNAR_HOLIDAY),
                            tuple(day("2026-02-20"), HolidaySource.LUNAR_HOLIDAY),
                            tuple(day("2026-04-26"), HolidaySource.LUNAR_HOLIDAY),
                            tuple(day("2026-04-27"), HolidaySource.COMPENSATORY),
                            tuple(day("2026-04-30"), HolidaySource.SOLAR_HOLIDAY),
                            tuple(day("2026-05-01"), HolidaySource.SOLAR_HOLIDAY),
                            tuple(day("2026-09-02"), HolidaySource.SOLAR_HOLIDAY),
                            tuple(day("2026-09-03"), HolidaySource.SOLAR_HOLIDAY));
        }

        @Test
        void holidaysCarryVietnameseNames() {
            assertThat(calendar.holidaysOf(2026)).extracting(Holiday::nameVi)
                    .contains("Tết Dương lịch", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Ngày Chiến thắng",
                            "Ngày Quốc tế lao động", "Quốc khánh", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        }

        @Test
        void tetOnAWeekendGivesTheFollowingWorkingDaysOffAfterTheFiveTetDays() {
            // Tết 2020: Friday 24/1 (last day of the lunar year) to Tuesday 28/1; Saturday and Sunday are compensated.
            assertThat(calendar.holidaysOf(2020))
                    .filteredOn(h -> h.date().getMonthValue() == 1 && h.date().getDayOfMonth() > 1)
                    .extracting(Holiday::date)
                    .containsExactly(day("2020-01-24"), day("2020-01-25"), day("2020-01-26"), day("2020-01-27"),
                            day("2020-01-28"), day("2020-01-29"), day("2020-01-30"));
            assertThat(calendar.isWorkingDay(day("2020-01-31"))).isTrue();
        }

        @Test
        void newYearsDayOnASundayGivesMondayOff() {
            assertThat(calendar.isWorkingDay(day("2023-01-02"))).isFalse();
            assertThat(calendar.holidaysOf(2023)).extracting(Holiday::date, Holiday::source)
                    .contains(tuple(day("2023-01-02"), HolidaySource.COMPENSATORY));
        }

        @ParameterizedTest(name = "{0}: Quốc khánh is 2/9 and {1}")
        @CsvSource({
                "2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03",
                "2025, 2025-09-01", "2026, 2026-09-03"})
        void nationalDayHasTheAdjacentDayTheGovernmentUsuallyChooses(int year, LocalDate adjacent) {
            assertThat(StatutoryHolidays.nationalDayAdjacent(year)).isEqualTo(adjacent);
            assertThat(calendar.isWorkingDay(adjacent)).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(year, 9, 2))).isFalse();
        }

        @Test
        void nationalDayOn2023SaturdayIsCompensatedOnMonday() {
            assertThat(calendar.holidaysOf(2023)).extracting(Holiday::date)
                    .contains(day("2023-09-01"), day("2023-09-02"), day("2023-09-04"));
            assertThat(calendar.isWorkingDay(day("2023-09-05"))).isTrue();
        }

        @Test
        void yearsOutsideTheCalendarsRangeAreRefusedClearly() {
            assertThatThrownBy(() -> calendar.isWorkingDay(day("2201-03-02")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1900 to 2200");
            assertThat(calendar.holidaysOf(2200)).isNotEmpty();
        }

        @Test
        void beforeTheLabourCode2019NationalDayWasOneDay() {
            assertThat(calendar.holidaysOf(2020)).filteredOn(h -> h.date().getMonthValue() == 9)
                    .extracting(Holiday::date).containsExactly(day("2020-09-02"));
            assertThat(calendar.isWorkingDay(day("2020-09-01"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2020-09-03"))).isTrue();
        }
    }

    @Nested
    class Adjustments {

        private final WorkingDayCalendar adjusted = calendar.withAdjustments(List.of(
                CalendarAdjustment.dayOff(day("2026-01-02"), "Nghỉ hoán đổi theo Thông báo của Bộ Nội vụ"),
                CalendarAdjustment.workingDay(day("2026-01-10"), "Làm bù cho ngày 02/01/2026")));

        @Test
        void aSwapDayIsOffAndItsMakeUpSaturdayIsWorked() {
            assertThat(adjusted.isWorkingDay(day("2026-01-02"))).isFalse();
            assertThat(adjusted.isWorkingDay(day("2026-01-10"))).isTrue();
            assertThat(adjusted.holidaysOf(2026)).extracting(Holiday::date, Holiday::nameVi, Holiday::source)
                    .contains(tuple(day("2026-01-02"), "Nghỉ hoán đổi theo Thông báo của Bộ Nội vụ",
                            HolidaySource.ADJUSTMENT));
        }

        @Test
        void theStatutoryCalendarIsNotChangedByAddingAdjustments() {
            assertThat(calendar.isWorkingDay(day("2026-01-02"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2026-01-10"))).isFalse();
        }

        @Test
        void aWorkingDayAdjustmentCorrectsAStatutoryHolidayTheGovernmentDidNotChoose() {
            WorkingDayCalendar corrected = calendar.withAdjustments(List.of(
                    CalendarAdjustment.workingDay(day("2026-09-03"), "Năm 2026 nghỉ Quốc khánh 01/9 và 02/9"),
                    CalendarAdjustment.dayOff(day("2026-09-01"), "Quốc khánh (ngày liền kề) năm 2026")));

            assertThat(corrected.isWorkingDay(day("2026-09-03"))).isTrue();
            assertThat(corrected.isWorkingDay(day("2026-09-01"))).isFalse();
            assertThat(corrected.holidaysOf(2026)).extracting(Holiday::date).doesNotContain(day("2026-09-03"));
        }

        @Test
        void aLaterAdjustmentOfTheSameDayReplacesTheEarlierOne() {
            WorkingDayCalendar twice = adjusted.withAdjustments(List.of(
                    CalendarAdjustment.workingDay(day("2026-01-02"), "Hủy nghỉ hoán đổi")));

            assertThat(twice.isWorkingDay(day("2026-01-02"))).isTrue();
            assertThat(twice.adjustments()).hasSize(2);
        }

        @Test
        void anAdjustmentMovesAWorkingDayDeadline() {
            // Signed Wednesday 31/12/2025: Friday 2/1/2026 is a swap day, Saturday 10/1 is worked.
            LocalDate signed = day("2025-12-31");
            assertThat(calendar.plusWorkingDays(signed, 2)).isEqualTo(day("2026-01-05"));
            assertThat(adjusted.plusWorkingDays(signed, 2)).isEqualTo(day("2026-01-06"));
            assertThat(adjusted.plusWorkingDays(signed, 6)).isEqualTo(day("2026-01-10"));
        }
    }

    @Nested
    class Counting {

        @Test
        void fiveWorkingDaysFromADecisionSignedInApril2026CrossGioToAndTheVictoryAndLabourDays() {
            // Wed 22/4 signed; Thu 23 (1), Fri 24 (2); Sun 26/4 Giỗ Tổ -> Mon 27 off; Tue 28 (3), Wed 29 (4);
            // Thu 30/4 and Fri 1/5 off; Mon 4/5 (5).
            assertThat(calendar.plusWorkingDays(day("2026-04-22"), 5)).isEqualTo(day("2026-05-04"));
        }

        @Test
        void theEventDayIsNotCounted() {
            assertThat(calendar.plusWorkingDays(day("2026-03-02"), 1)).isEqualTo(day("2026-03-03"));
        }

        @Test
        void aPeriodThatWouldEndOnADayOffEndsOnTheNextWorkingDay() {
            // Signed Thursday 12/2/2026: Friday 13/2 (1), then Tết from 16/2 to 20/2.
            assertThat(calendar.plusWorkingDays(day("2026-02-12"), 2)).isEqualTo(day("2026-02-23"));
        }

        @Test
        void anEventOnADayOffStartsCountingTheNextDay() {
            assertThat(calendar.plusWorkingDays(day("2026-04-26"), 1)).isEqualTo(day("2026-04-28"));
        }

        @Test
        void zeroWorkingDaysIsTheEventDayOrTheNextWorkingDay() {
            assertThat(calendar.plusWorkingDays(day("2026-03-04"), 0)).isEqualTo(day("2026-03-04"));
            assertThat(calendar.plusWorkingDays(day("2026-04-30"), 0)).isEqualTo(day("2026-05-04"));
        }

        @Test
        void nextWorkingDayOnOrAfterSkipsWeekendsAndHolidays() {
            assertThat(calendar.nextWorkingDayOnOrAfter(day("2026-02-14"))).isEqualTo(day("2026-02-23"));
            assertThat(calendar.nextWorkingDayOnOrAfter(day("2026-02-23"))).isEqualTo(day("2026-02-23"));
        }

        @Test
        void workingDaysBeforeAnEventSkipDaysOff() {
            // Five working days before Wednesday 6/5/2026: Tue 5, Mon 4, (1/5, 30/4 off) Wed 29, Tue 28, (27 off) Fri 24.
            assertThat(calendar.minusWorkingDays(day("2026-05-06"), 5)).isEqualTo(day("2026-04-24"));
            assertThat(calendar.plusWorkingDays(day("2026-05-06"), -5)).isEqualTo(day("2026-04-24"));
        }

        @Test
        void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
            assertThat(calendar.workingDaysBetween(day("2026-04-22"), day("2026-05-04"))).isEqualTo(5);
            assertThat(calendar.workingDaysBetween(day("2026-05-04"), day("2026-04-22"))).isEqualTo(-5);
            assertThat(calendar.workingDaysBetween(day("2026-04-22"), day("2026-04-22"))).isZero();
        }

        @Test
        void countingForwardThenMeasuringGivesBackTheSameNumberAllYearRound() {
            for (LocalDate event = day("2026-01-01"); event.getYear() == 2026; event = event.plusDays(3)) {
                for (int n : new int[] {1, 5, 15}) {
                    LocalDate due = calendar.plusWorkingDays(event, n);
                    assertThat(calendar.isWorkingDay(due)).as("due %s from %s", n, event).isTrue();
                    assertThat(calendar.workingDaysBetween(event, due)).as("%s from %s", n, event).isEqualTo(n);
                    assertThat(calendar.workingDaysBetween(event, due.minusDays(1))).isEqualTo(n - 1);
                }
            }
        }

        @Test
        void the2026CalendarHasTheExpectedNumberOfWorkingDays() {
            // 261 weekdays minus 11 holidays falling on weekdays (Giỗ Tổ on Sunday is compensated on Monday).
            assertThat(calendar.workingDaysBetween(day("2025-12-31"), day("2026-12-31"))).isEqualTo(261 - 11);
        }
    }
}
