/**
 * The holiday calendar's resource: a year's days off, and the days administrators change.
 */
package vn.laichau.par.api.calendar;
