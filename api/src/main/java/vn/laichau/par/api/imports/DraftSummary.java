package vn.laichau.par.api.imports;

import java.time.Instant;

/** A draft in the list of drafts waiting for review. */
public record DraftSummary(long id, String fileName, String format, Instant createdAt, int taskCount,
                           int warningCount) {
}
