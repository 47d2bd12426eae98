/**
 * The PAR INDEX as the ministry defines it — areas, criteria and scored components, each version side by side
 * — and what a plan year's obligations put at risk of it.
 */
package vn.laichau.par.domain.parindex;
