/** How updates reach the bot: long polling or the webhook, and the hand-over of each update to its handler. */
package vn.laichau.par.bot.intake;
