package vn.laichau.par.persistence.migration;

/** Fired once at start-up when the database schema has been migrated to {@code version}. */
public record SchemaReady(String version) {
}
