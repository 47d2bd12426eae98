/** The alert planner: which alerts a day brings to whom, from the open occurrences. */
package vn.laichau.par.notifier.planning;
