/** The one clock of the application, in the configured time zone. */
package vn.laichau.par.application.time;
