/**
 * Planning into the outbox: planned alerts turned into rows written once per key, and the check of their items
 * at sending time. The outbox's tables are reached through persistence's outbox repository.
 */
package vn.laichau.par.notifier.outbox;
