/** The holiday calendar's days changed by hand and the working-day calendar they give. */
package vn.laichau.par.persistence.calendar;
