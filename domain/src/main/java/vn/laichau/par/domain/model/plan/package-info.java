/**
 * A plan (kế hoạch) with its areas, tasks, evidence requirements, numeric indicators with targets and values,
 * and PAR INDEX results.
 */
package vn.laichau.par.domain.model.plan;
