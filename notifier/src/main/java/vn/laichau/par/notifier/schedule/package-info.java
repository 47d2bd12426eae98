/** The container's schedules for planning and dispatch, and the notifier's configuration. */
package vn.laichau.par.notifier.schedule;
