/**
 * Alerts written out in Vietnamese for each channel's format (plain text, Telegram HTML) with their buttons; the
 * chat commands they offer come from the bot through {@link vn.laichau.par.notifier.ActionCommands}.
 */
package vn.laichau.par.notifier.message;
