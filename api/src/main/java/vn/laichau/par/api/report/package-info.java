/** The yearly result report as a download. */
package vn.laichau.par.api.report;
