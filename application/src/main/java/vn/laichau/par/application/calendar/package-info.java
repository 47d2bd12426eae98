/**
 * The working-day calendar: days changed by hand, and the stored working-day deadlines dated again on it.
 */
package vn.laichau.par.application.calendar;
