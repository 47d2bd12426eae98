package vn.laichau.par.persistence.occurrence;

import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;

/**
 * How many occurrences of one group (an area or an agency, by id) stand in one status.
 *
 * @param groupId the area's or the agency's id
 */
public record StatusCount(long groupId, OccurrenceStatus status, long count) {
}
