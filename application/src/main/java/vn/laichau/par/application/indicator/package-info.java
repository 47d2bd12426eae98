/**
 * The plan's indicators with their yearly values, and provinces' PAR INDEX results, as administrators record them.
 */
package vn.laichau.par.application.indicator;
