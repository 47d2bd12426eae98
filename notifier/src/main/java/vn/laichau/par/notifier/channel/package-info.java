/** The e-mail and in-app channels. */
package vn.laichau.par.notifier.channel;
