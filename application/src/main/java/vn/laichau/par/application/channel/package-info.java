/**
 * The messenger channels' state (up, or down since when and why), shared by the bot's intakes, the health checks
 * and the announcement of a long outage to the administrators.
 */
package vn.laichau.par.application.channel;
