/** Who receives alerts and on which channels, in their order of preference. */
package vn.laichau.par.notifier.recipient;
