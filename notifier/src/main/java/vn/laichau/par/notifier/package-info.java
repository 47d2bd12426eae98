/**
 * The notifier's public face: the alert administration (preview, outbox, retry, schedules), the {@link
 * vn.laichau.par.notifier.AlertChannel} a messenger implements, and its outcomes. The rest is the notifier's own.
 */
package vn.laichau.par.notifier;
