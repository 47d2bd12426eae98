/** What the Telegram bot and the notifier share about Telegram messages: its HTML escaping. */
package vn.laichau.par.application.telegram;
