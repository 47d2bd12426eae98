/**
 * The bot's published surface for the modules that assemble it: its runtime ({@link vn.laichau.par.bot.TelegramBotRuntime},
 * with the webhook endpoint's entry), the command definitions ({@link vn.laichau.par.bot.BotCommand}) and the
 * buttons other messages may carry ({@link vn.laichau.par.bot.OccurrenceButtons}). The rest of the bot is its own.
 */
package vn.laichau.par.bot;
