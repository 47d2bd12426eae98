package vn.laichau.par.api.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A deadline phrase to try out.
 *
 * @param phrase    the phrase as written in a plan, e.g. "Trước 20/12 hằng năm"
 * @param years     the plan years to date it in
 * @param eventDate the day of the event a working-day deadline counts from, when known
 */
public record DeadlinePreviewRequest(String phrase, List<Integer> years, LocalDate eventDate) {
}
