/**
 * Reports as downloads (the yearly result workbook, the scorecard workbook, the draft CCHC report) and the report
 * sections agencies write.
 */
package vn.laichau.par.api.report;
