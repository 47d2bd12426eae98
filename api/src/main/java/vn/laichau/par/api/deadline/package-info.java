/** The deadline preview over HTTP. */
package vn.laichau.par.api.deadline;
