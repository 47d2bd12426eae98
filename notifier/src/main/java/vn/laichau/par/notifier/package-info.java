/**
 * The notifier's public face: the alert administration (preview, outbox, retry, schedules), the {@link
 * vn.laichau.par.notifier.AlertChannel} a messenger implements and its outcomes, and what it asks of the modules
 * that assemble it (the chat commands its alerts offer, {@link vn.laichau.par.notifier.ActionCommands}).
 */
package vn.laichau.par.notifier;
