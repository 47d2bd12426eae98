/**
 * Occurrences (kỳ) and the work on them: progress, evidence, finishing, deadline extensions, and the rules
 * of their status; every refusal is a {@link vn.laichau.par.domain.Refusal}.
 */
package vn.laichau.par.domain.model.occurrence;
