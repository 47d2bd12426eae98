/**
 * Plan use cases: importing an appendix into a reviewed draft and a plan, a plan's next cycle, previewing a
 * deadline phrase, creating the occurrences a plan calls for; and the reads of the plan's tasks that the API and
 * the bot share.
 */
package vn.laichau.par.application.plan;
