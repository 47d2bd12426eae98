package vn.laichau.par.persistence.occurrence;

import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;

/**
 * How many occurrences of one group (an area or an agency, by id) stand in one status, and how many of those are
 * finished with at least one evidence file (0 for an open status).
 *
 * @param groupId the area's or the agency's id
 */
public record StatusCount(long groupId, OccurrenceStatus status, long count, long finishedWithEvidence) {

    /** A count without its evidence figure. */
    public StatusCount(long groupId, OccurrenceStatus status, long count) {
        this(groupId, status, count, 0);
    }
}
