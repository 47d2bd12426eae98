package vn.laichau.par.domain.model.notification;

/** Where an outbox message stands. */
public enum OutboxStatus {
    /** Waiting for its next attempt (the first one, or a retry after a transient failure). */
    PENDING,
    /** Taken by a dispatcher until its lease ends; due again when the lease ends without an outcome. */
    CLAIMED,
    /** Accepted by a channel. */
    SENT,
    /** Given up: every channel refused permanently or the attempts ran out; an administrator may retry it. */
    DEAD,
    /** Not sent because every occurrence it named was finished before it went out. */
    DROPPED
}
