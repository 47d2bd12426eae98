/**
 * Every error as application/problem+json: refusals, invalid input, persistence and transaction errors, a
 * database out of reach, and anything unexpected (logged under an id).
 */
package vn.laichau.par.api.problem;
