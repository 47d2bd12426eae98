package vn.laichau.par.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    @ParameterizedTest(name = "Mùng 1 Tết {0} is {1}")
    @CsvSource({
            "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05", "2020, 2020-01-25",
            "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
            "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
            "2029, 2029-02-13", "2030, 2030-02-02"})
    void tetFallsOnThePublishedVietnameseDate(int year, LocalDate firstDayOfTet) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(firstDayOfTet);
    }

    @Test
    void tetOf2030IsOneDayBeforeChineseNewYearBecauseVietnamReckonsTheNewMoonAtUtcPlus7() {
        PlainDate chineseNewYear = ChineseCalendar.ofNewYear(2030).transform(PlainDate.class);

        assertThat(chineseNewYear).isEqualTo(PlainDate.of(2030, 2, 3));
        assertThat(LunarCalendar.tet(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
    @CsvSource({
            "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14", "2020, 2020-04-02",
            "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18",
            "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16", "2028, 2028-04-04",
            "2029, 2029-04-23", "2030, 2030-04-12"})
    void hungKingsCommemorationFallsOnTheTenthDayOfTheThirdLunarMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.hungKingsCommemoration(year)).isEqualTo(day);
    }
}
