/**
 * The Telegram adapter: the gateway over the Bot API library, its settings and mode, webhook registration, and
 * the splitting of long HTML messages.
 */
package vn.laichau.par.bot.telegram;
