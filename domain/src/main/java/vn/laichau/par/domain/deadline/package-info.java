/**
 * Deadline phrases of a plan ("Trước 20/12 hàng năm", "Thường xuyên", …) read into deadline rules, and the due
 * dates a rule gives for a plan year.
 */
package vn.laichau.par.domain.deadline;
