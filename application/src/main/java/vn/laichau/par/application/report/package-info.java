/**
 * Reports: the yearly result workbook, the scorecard workbook and the draft of the periodic CCHC report made from
 * the data, and the report sections agencies write themselves.
 */
package vn.laichau.par.application.report;
