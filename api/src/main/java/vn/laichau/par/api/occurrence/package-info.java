/**
 * Occurrences (kỳ) over HTTP: the filtered list, one occurrence, and reporting progress, finishing, evidence and
 * extension requests on it.
 */
package vn.laichau.par.api.occurrence;
