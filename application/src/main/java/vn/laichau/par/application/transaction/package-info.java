/** Units of work: running several use-case calls of one adapter request in one transaction. */
package vn.laichau.par.application.transaction;
