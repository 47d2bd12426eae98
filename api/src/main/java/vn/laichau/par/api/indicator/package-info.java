/**
 * The resources of the plan's indicators with their yearly values and of the PAR INDEX results.
 */
package vn.laichau.par.api.indicator;
