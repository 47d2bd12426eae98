/** Data access only: the persistence unit "par", its entity manager as a bean, and the converters it needs; repositories by aggregate in the sub-packages. */
package vn.laichau.par.persistence;
