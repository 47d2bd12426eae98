/** The alerts as the administration sees them, through the notifier's public alert administration. */
package vn.laichau.par.api.alerts;
