package vn.laichau.par.application.dashboard;

/**
 * A dashboard's answer and a tag of its content: equal answers have equal tags, so a client that holds the tag
 * need not fetch an unchanged answer again.
 */
public record Answer<V>(V value, String tag) {
}
