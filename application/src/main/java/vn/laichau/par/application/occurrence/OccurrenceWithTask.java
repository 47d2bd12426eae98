package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.model.occurrence.Occurrence;

/** An occurrence with the code of its task, as lists and details show it. */
public record OccurrenceWithTask(Occurrence occurrence, String taskCode) {
}
