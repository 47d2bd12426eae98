/** The audit trail's entries and who acted (an official or the system) through which channel. */
package vn.laichau.par.domain.model.audit;
