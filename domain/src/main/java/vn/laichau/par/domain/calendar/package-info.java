/**
 * The Vietnamese working-day calendar: statutory and lunar holidays (Tết, Giỗ Tổ Hùng Vương), swap days and
 * make-up working days.
 */
package vn.laichau.par.domain.calendar;
