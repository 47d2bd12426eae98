/**
 * What the system refuses and why ({@link vn.laichau.par.domain.Refusal}), shared by the model, the use cases
 * and every adapter; the model itself lives in the subpackages.
 */
package vn.laichau.par.domain;
