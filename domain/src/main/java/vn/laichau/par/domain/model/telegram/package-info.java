/**
 * A chat account's link to an official, its settings, group-chat subscriptions and the steps of a chat dialog.
 */
package vn.laichau.par.domain.model.telegram;
