/** The endpoint where Telegram posts updates in webhook mode, handed to the bot. */
package vn.laichau.par.api.telegram.webhook;
