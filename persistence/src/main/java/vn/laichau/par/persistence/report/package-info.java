/** The reads behind the periodic report and the scorecard workbook, and the report sections agencies write. */
package vn.laichau.par.persistence.report;
