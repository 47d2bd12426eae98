package vn.laichau.par.application.occurrence;

import vn.laichau.par.domain.model.occurrence.Occurrence;

/**
 * An occurrence with the code of its task, as lists and details show it.
 *
 * @param deadlineMeaning what the due date means in plain Vietnamese ("hết quý II năm kế hoạch"), read from the
 *                        task's deadline phrase; null when the task is gone
 */
public record OccurrenceWithTask(Occurrence occurrence, String taskCode, String deadlineMeaning) {
}
