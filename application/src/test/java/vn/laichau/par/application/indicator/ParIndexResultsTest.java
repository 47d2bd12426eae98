package vn.laichau.par.application.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.application.UseCases;
import vn.laichau.par.application.indicator.ParIndexResults.AreaFigures;
import vn.laichau.par.application.indicator.ParIndexResults.Figures;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.Jpa;

/** Administrators enter a province's PAR INDEX result of a year and correct it. */
class ParIndexResultsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Actor ADMIN = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);

    @BeforeEach
    void clean() {
        Jpa.clean();
    }

    @Test
    void aResultIsEnteredOnceAYearForAProvinceLaiChauWhenNoneIsNamed() {
        ParIndexResult entered = inResults(r -> r.enter(ADMIN, "  Điện Biên ", 2016,
                new Figures(new BigDecimal("78.5"), 50, 63, "Quyết định công bố")));
        ParIndexResult ours = inResults(r -> r.enter(ADMIN, null, 2016, new Figures(new BigDecimal("70"), 55, 63, null)));

        assertThat(entered.province()).isEqualTo("Điện Biên");
        assertThat(ours.province()).isEqualTo(ParIndexResults.DEFAULT_PROVINCE);
        assertThatThrownBy(() -> inResults(r -> r.enter(ADMIN, "Điện Biên", 2016,
                new Figures(new BigDecimal("70"), 51, 63, null))))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.CONFLICT);
                    assertThat(e.code()).isEqualTo("par-index-result-exists");
                });
        java.util.List<ParIndexResult> ofDienBien = inResults(r -> r.list(Optional.of("Điện Biên"), 0, 10));
        assertThat(ofDienBien).extracting(ParIndexResult::id).containsExactly(entered.id());
        assertThat(Jpa.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'par_index_result' AND entity_id = "
                + entered.id())).isEqualTo(3);
    }

    @Test
    void yearsAfterTodayAndFiguresOutOfRangeAreRefusedNamingTheField() {
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2027, new Figures(BigDecimal.TEN, 1, 63, null))),
                "year");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2011, new Figures(BigDecimal.TEN, 1, 63, null))),
                "year");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2020, new Figures(new BigDecimal("100.5"), 1, 63,
                null))), "score");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2020, new Figures(BigDecimal.TEN, 64, 63, null))),
                "rank");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2020, new Figures(BigDecimal.TEN, 1, 64, null))),
                "rankedOutOf");
        assertThat(Jpa.count("SELECT COUNT(*) FROM par_index_result")).isZero();
    }

    @Test
    void aCorrectionNeedsTheCurrentVersionAndAnExistingResult() {
        ParIndexResult entered = inResults(r -> r.enter(ADMIN, null, 2016, new Figures(new BigDecimal("70"), 55, 63,
                null)));
        long read = entered.version();

        ParIndexResult corrected = inResults(r -> r.correct(ADMIN, entered.id(), read,
                new Figures(new BigDecimal("79.25"), 47, 63, "Đính chính")));

        assertThat(corrected.rank()).contains(47);
        assertThatThrownBy(() -> inResults(r -> r.correct(ADMIN, entered.id(), read,
                new Figures(new BigDecimal("80"), 45, 63, null))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.STALE));
        assertThatThrownBy(() -> inResults(r -> r.correct(ADMIN, 999_999_999L, 0,
                new Figures(new BigDecimal("80"), 45, 63, null))))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.NOT_FOUND));
        assertThat(inResults(r -> r.get(entered.id())).score()).isEqualByComparingTo("79.25");
    }

    @Test
    void aResultOutOfAnotherMaximumWithoutRankAndWithPointsPerAreaIsKept() {
        ParIndexResult entered = inResults(r -> r.enter(ADMIN, null, 2016, new Figures(new BigDecimal("67.41"),
                new BigDecimal("97.5"), null, null, List.of(new AreaFigures(1, "Công tác chỉ đạo, điều hành CCHC",
                new BigDecimal("6.5"), new BigDecimal("8.5"))), "Bộ Nội vụ")));

        ParIndexResult stored = inResults(r -> r.get(entered.id()));
        assertThat(stored.maxScore()).isEqualByComparingTo("97.5");
        assertThat(stored.rank()).isEmpty();
        assertThat(stored.rankText()).isEqualTo("—");
        assertThat(stored.areas()).extracting(a -> a.area() + " " + a.name() + " " + a.score().toPlainString())
                .containsExactly("1 Công tác chỉ đạo, điều hành CCHC 6.50");
    }

    @Test
    void aScoreAboveTheYearsMaximumARankWithoutItsCountAndATwiceGivenAreaAreRefused() {
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2016, new Figures(new BigDecimal("98"),
                new BigDecimal("97.5"), null, null, null, null))), "score");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2016, new Figures(new BigDecimal("98"),
                new BigDecimal("0"), null, null, null, null))), "maxScore");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2016, new Figures(BigDecimal.TEN, 5, null, null))),
                "rankedOutOf");
        AreaFigures first = new AreaFigures(1, "Công tác chỉ đạo, điều hành CCHC", BigDecimal.ONE, BigDecimal.TEN);
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2016, new Figures(BigDecimal.TEN, null, null, null,
                List.of(first, first), null))), "areas[1].area");
        assertInvalid(() -> inResults(r -> r.enter(ADMIN, null, 2016, new Figures(BigDecimal.TEN, null, null, null,
                List.of(new AreaFigures(2, " ", new BigDecimal("11"), BigDecimal.TEN)), null))), "areas[0].score");
        assertThat(Jpa.count("SELECT COUNT(*) FROM par_index_result")).isZero();
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID);
            assertThat(e.violations()).extracting(Refusal.Violation::field).contains(field);
        });
    }

    private static <T> T inResults(Function<ParIndexResults, T> work) {
        return Jpa.inTransaction(em -> work.apply(UseCases.parIndexResults(em, CLOCK)));
    }
}
