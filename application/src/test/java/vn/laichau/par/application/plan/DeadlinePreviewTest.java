package vn.laichau.par.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.deadline.DueDate;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.calendar.CalendarRepository;

class DeadlinePreviewTest {

    @BeforeAll
    static void load() {
        Jpa.clean();
    }

    private static DeadlinePreview.Result preview(String phrase, List<Integer> years, LocalDate event) {
        return Jpa.inTransaction(em -> new DeadlinePreview(new CalendarRepository(em)).preview(phrase, years, event));
    }

    @Test
    void aYearlyPhraseIsDatedInEveryAskedYear() {
        DeadlinePreview.Result result = preview("Trước 20/12 hằng năm", List.of(2026, 2027, 2026), null);
        assertThat(result.answer()).isEqualTo(DeadlinePreview.Answer.DATED);
        assertThat(result.reason()).isEmpty();
        assertThat(result.years()).extracting(DeadlinePreview.Year::year).containsExactly(2026, 2027);
        assertThat(result.years().get(0).dueDates()).extracting(DueDate::date).contains(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aWorkingDayDeadlineNeedsItsEventAndIsDatedInTheEventsYearWhenGiven() {
        String phrase = "05 ngày làm việc kể từ ngày ký quyết định công bố";
        DeadlinePreview.Result without = preview(phrase, List.of(2026), null);
        assertThat(without.answer()).isEqualTo(DeadlinePreview.Answer.NEEDS_EVENT_DATE);
        assertThat(without.reason()).isPresent();

        DeadlinePreview.Result with = preview(phrase, List.of(2026), LocalDate.of(2027, 6, 1));
        assertThat(with.answer()).isEqualTo(DeadlinePreview.Answer.DATED);
        assertThat(with.years()).extracting(DeadlinePreview.Year::year).containsExactly(2026, 2027);
        assertThat(with.years().get(1).dueDates()).singleElement()
                .satisfies(d -> assertThat(d.date()).isAfter(LocalDate.of(2027, 6, 1)));
    }

    @Test
    void aPhraseNobodyCanDateAsksForADateEnteredByHand() {
        assertThat(preview("Theo hướng dẫn của Bộ Nội vụ", List.of(2026), null).answer())
                .isEqualTo(DeadlinePreview.Answer.NEEDS_MANUAL_DATE);
    }

    @Test
    void aRequestWithoutPhraseOrWithYearsOutOfRangeIsRefusedFieldByField() {
        assertThatThrownBy(() -> preview(" ", List.of(1800, 2026), LocalDate.of(2300, 1, 1)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.code()).isEqualTo("invalid-deadline-preview");
                    assertThat(r.violations()).extracting(Refusal.Violation::field)
                            .containsExactly("phrase", "years[0]", "eventDate");
                });
        assertThatThrownBy(() -> preview("Trước 20/12 hằng năm", List.of(), null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.violations())
                        .extracting(Refusal.Violation::field).containsExactly("years"));
    }
}
