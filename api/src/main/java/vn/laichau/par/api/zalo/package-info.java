/** The Zalo adapter's HTTP and alert side: the webhook endpoint and the notifier's Zalo channel. */
package vn.laichau.par.api.zalo;
