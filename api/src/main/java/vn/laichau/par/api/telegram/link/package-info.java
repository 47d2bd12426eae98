/** Resources that issue the one-time codes linking a Telegram chat to an official. */
package vn.laichau.par.api.telegram.link;
