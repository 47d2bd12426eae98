/** The yearly result report of a plan as an Excel workbook: tasks, occurrences, status, evidence, extensions. */
package vn.laichau.par.application.report;
