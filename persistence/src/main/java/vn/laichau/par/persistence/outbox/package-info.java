/**
 * The alert outbox's tables: messages written once per key, claimed and marked under the claimant's name, the
 * addresses marked broken and the shared sending rate. Data access only; what to claim, retry or drop is the notifier's.
 */
package vn.laichau.par.persistence.outbox;
