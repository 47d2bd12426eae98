/**
 * The messenger gateway: what the bot and the alerts need from a messenger (send, answer a button, download a
 * file) and how each call ended, independent of the Telegram library.
 */
package vn.laichau.par.bot.gateway;
