/**
 * The agencies tasks are assigned to, as administrators keep them: validity, successors, parents, audited.
 */
package vn.laichau.par.application.agency;
