package vn.laichau.par.domain.calendar;

/** How an administrator changes one day of the working-day calendar. */
public enum AdjustmentKind {
    /** A normal working day becomes a day off (the swap day of a long holiday). */
    DAY_OFF,
    /** A weekend day becomes a working day (the make-up Saturday for a swap day). */
    WORKING_DAY
}
