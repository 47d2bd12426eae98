/** Telegram chats linked to officials, their alert preferences and group subscriptions. */
package vn.laichau.par.persistence.telegram;
