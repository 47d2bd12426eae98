package vn.laichau.par.domain.calendar;

/** Why a day is off work. */
public enum HolidaySource {
    /** A public holiday on a fixed solar date (1/1, 30/4, 1/5, 2/9 and its adjacent day). */
    SOLAR_HOLIDAY,
    /** A public holiday fixed in the Vietnamese lunar calendar (Tết Nguyên Đán, Giỗ Tổ Hùng Vương). */
    LUNAR_HOLIDAY,
    /** A working day given off because a holiday fell on a weekend (nghỉ bù). */
    COMPENSATORY,
    /** A day off added by an administrator, usually the government's yearly swap day (hoán đổi ngày làm việc). */
    ADJUSTMENT
}
