/**
 * Reading a plan's appendix as published (tab-separated text or CSV) into a draft of areas and tasks, with a
 * warning for each row that could not be understood.
 */
package vn.laichau.par.domain.importing;
