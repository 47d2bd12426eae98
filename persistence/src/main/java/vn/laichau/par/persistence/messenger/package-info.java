/** What the bot remembers about the events messengers delivered: which ones it has already taken on. */
package vn.laichau.par.persistence.messenger;
