/** The plan's tasks over HTTP, searchable without diacritics. */
package vn.laichau.par.api.task;
