/**
 * What the notifier publishes to the modules that assemble it, and what it asks of them (the chat commands its
 * alerts offer, {@link vn.laichau.par.notifier.ActionCommands}).
 */
package vn.laichau.par.notifier;
