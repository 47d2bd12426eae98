/** The outbox: planned alerts written once per key, claimed and marked by the dispatchers. */
package vn.laichau.par.notifier.outbox;
