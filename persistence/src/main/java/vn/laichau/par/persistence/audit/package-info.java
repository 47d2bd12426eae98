/** The audit trail: one entry per changed field, written in the caller's transaction, and read back. */
package vn.laichau.par.persistence.audit;
