/**
 * Plan use cases: importing an appendix into a reviewed draft and a plan, a plan's next cycle, previewing a
 * deadline phrase, and creating the occurrences a plan calls for (the shipped plan's first load included).
 */
package vn.laichau.par.application.plan;
