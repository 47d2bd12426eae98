/**
 * The monitoring agency's dashboards (status, overdue list, on-time rates, indicators behind target, PAR INDEX
 * trend): one use case with one preamble (today from the clock, the plan, answers kept while the data is unchanged).
 */
package vn.laichau.par.application.dashboard;
