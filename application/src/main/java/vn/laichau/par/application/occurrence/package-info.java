/**
 * The use cases on occurrences, one class each (report progress, finish, submit evidence, request and decide a
 * deadline extension) with their shared access check, the reads of occurrences, and the evidence store.
 */
package vn.laichau.par.application.occurrence;
