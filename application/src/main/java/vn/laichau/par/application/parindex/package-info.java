/**
 * The PAR INDEX framework: versions an administrator imports, the tasks and indicators mapped to their
 * components, and a plan year's points at risk.
 */
package vn.laichau.par.application.parindex;
