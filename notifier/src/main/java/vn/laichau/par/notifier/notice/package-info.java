/**
 * Notices of an event, written to the outbox in the transaction of the event and sent by the same dispatcher as
 * the alerts, through each person's channels in their order: an extension request to the administrators (with
 * the buttons or typed commands that decide it) and its decision to the requester and the other administrators.
 */
package vn.laichau.par.notifier.notice;
