/** Imported appendices stored as drafts with their rows and warnings, and corrections applied to them. */
package vn.laichau.par.persistence.imports;
