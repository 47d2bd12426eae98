/** The e-mail and in-app channels, and the transactions they run in. */
package vn.laichau.par.notifier.channel;
