/** The alert policy: reminder days, overdue repeats, escalation, quiet hours and sending windows. */
package vn.laichau.par.notifier.policy;
