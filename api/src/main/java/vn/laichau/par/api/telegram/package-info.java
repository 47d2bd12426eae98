/**
 * The glue between the notifier and the bot: the notifier's Telegram channel sending through the bot's gateway,
 * and the bot's command definitions handed to the alerts.
 */
package vn.laichau.par.api.telegram;
