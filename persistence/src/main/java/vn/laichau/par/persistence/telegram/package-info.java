/**
 * Data access for the chats: link codes and linked chats, alert preferences and group subscriptions, and the
 * state of each chat's dialog with the bot.
 */
package vn.laichau.par.persistence.telegram;
