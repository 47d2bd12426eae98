package vn.laichau.par.api.deadline;

import java.time.LocalDate;
import java.util.List;
import vn.laichau.par.application.plan.DeadlinePreview;

/**
 * What a deadline phrase means and the due dates it yields.
 *
 * @param answer      {@code DATED} when the rule gives dates by itself, {@code NEEDS_EVENT_DATE} when it counts
 *                    from an event whose day was not given, {@code NEEDS_MANUAL_DATE} when a person must enter
 *                    the date
 * @param kind        the rule's kind, e.g. {@code YEARLY_DATE}
 * @param description the rule in Vietnamese
 * @param reason      why no date can be given, in Vietnamese; absent when dated
 * @param years       the occurrences of each asked year
 */
public record DeadlinePreviewResponse(String phrase, String answer, String kind, String description, String reason,
                                      List<Year> years) {

    public static DeadlinePreviewResponse of(DeadlinePreview.Result result) {
        return new DeadlinePreviewResponse(result.phrase(), result.answer().name(), result.rule().kind().name(),
                result.rule().describe(), result.reason().orElse(null), result.years().stream()
                .map(y -> new Year(y.year(), y.dueDates().stream()
                        .map(d -> new Occurrence(d.period(), d.date(), result.rule().meaningOf(d),
                                result.rule().readBack(d)))
                        .toList())).toList());
    }

    /** The dated occurrences of one plan year; empty when the rule does not apply to it. */
    public record Year(int year, List<Occurrence> occurrences) {
    }

    /**
     * One due date and the period it belongs to ({@code 2027}, {@code 2027-Q1}, {@code 2027-H2}, {@code 2027-M10}…).
     *
     * @param meaning  what the date means in plain Vietnamese, e.g. "hết quý II năm kế hoạch"
     * @param readBack the date and its meaning as shown to officials: "hạn: 30/06/2027 — hết quý II năm kế hoạch"
     */
    public record Occurrence(String period, LocalDate dueDate, String meaning, String readBack) {
    }
}
