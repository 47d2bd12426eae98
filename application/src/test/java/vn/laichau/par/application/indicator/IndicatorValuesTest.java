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
import vn.laichau.par.application.indicator.IndicatorValues.IndicatorWithValues;
import vn.laichau.par.application.indicator.IndicatorValues.YearValue;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.persistence.Jpa;

/** Administrators record an indicator's yearly value against its target; everyone reads the values. */
class IndicatorValuesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final Actor ADMIN = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
    }

    @Test
    void theFirstValueNeedsNoVersionACorrectionNeedsTheCurrentOneAndEachIsAudited() {
        long id = indicator("CT17");

        YearValue created = inIndicators(i -> i.record(ADMIN, id, 2018, Optional.empty(), new BigDecimal("35.5"),
                "Báo cáo 15/BC-UBND", "Số liệu sơ bộ"));

        assertThat(created.created()).isTrue();
        assertThat(created.value().source()).contains("Báo cáo 15/BC-UBND");
        assertThatThrownBy(() -> inIndicators(i -> i.record(ADMIN, id, 2018, Optional.empty(), BigDecimal.TEN,
                null, null)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(Refusal.Reason.STALE);
                    assertThat(e.code()).isEqualTo("indicator-value-exists");
                });
        long version = created.value().version();
        YearValue corrected = inIndicators(i -> i.record(ADMIN, id, 2018, Optional.of(version),
                new BigDecimal("41.25"), "Báo cáo 20/BC-UBND", null));
        assertThat(corrected.created()).isFalse();
        assertThatThrownBy(() -> inIndicators(i -> i.record(ADMIN, id, 2018, Optional.of(version),
                new BigDecimal("50"), null, null)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.STALE));

        assertThat(inIndicators(i -> i.value(id, 2018)).value().value()).isEqualByComparingTo("41.25");
        IndicatorWithValues read = inIndicators(i -> i.get(id));
        assertThat(read.planYears()).contains(2018);
        assertThat(read.values().get(2018).value()).isEqualByComparingTo("41.25");
        long valueId = Jpa.count("SELECT id FROM indicator_value WHERE indicator_id = " + id + " AND value_year = 2018");
        assertThat(Jpa.count("SELECT COUNT(*) FROM audit_entry WHERE entity = 'indicator_value' AND entity_id = "
                + valueId + " AND field = 'actual_value'")).isEqualTo(2);
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndChangeNothing() {
        long id = indicator("CT22");

        assertInvalid(() -> inIndicators(i -> i.record(ADMIN, id, 2017, Optional.empty(), new BigDecimal("140"),
                null, null)), "value");
        assertInvalid(() -> inIndicators(i -> i.record(ADMIN, id, 2017, Optional.empty(), null, "Khảo sát", null)),
                "value");
        assertInvalid(() -> inIndicators(i -> i.record(ADMIN, id, 2017, Optional.empty(), new BigDecimal("80"),
                "x".repeat(501), null)), "source");
        assertInvalid(() -> inIndicators(i -> i.record(ADMIN, id, 2030, Optional.empty(), new BigDecimal("80"),
                null, null)), "year");
        assertThatThrownBy(() -> inIndicators(i -> i.value(id, 2017)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("indicator-value-not-found"));
        assertThatThrownBy(() -> inIndicators(i -> i.get(999_999_999L)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("indicator-not-found"));
        assertThat(Jpa.count("SELECT COUNT(*) FROM indicator_value WHERE indicator_id = " + id)).isZero();
    }

    @Test
    void theListGoesInIdOrderAfterTheCursorOfOnePlan() {
        long planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");

        List<IndicatorWithValues> first = inIndicators(i -> i.list(Optional.of(planId), 0, 3));
        long after = first.get(2).indicator().id();
        List<IndicatorWithValues> next = inIndicators(i -> i.list(Optional.of(planId), after, 3));

        assertThat(first).hasSize(3);
        assertThat(next).isNotEmpty().allSatisfy(i -> assertThat(i.indicator().id()).isGreaterThan(after));
        List<IndicatorWithValues> none = inIndicators(i -> i.list(Optional.of(999_999_999L), 0, 3));
        assertThat(none).isEmpty();
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.reason()).isEqualTo(Refusal.Reason.INVALID);
            assertThat(e.violations()).extracting(Refusal.Violation::field).containsExactly(field);
        });
    }

    private static long indicator(String code) {
        return Jpa.count("SELECT i.id FROM indicator i JOIN plan p ON p.id = i.plan_id "
                + "WHERE p.number = '447/KH-UBND' AND i.code = '" + code + "'");
    }

    private static <T> T inIndicators(Function<IndicatorValues, T> work) {
        return Jpa.inTransaction(em -> work.apply(UseCases.indicatorValues(em, CLOCK)));
    }
}
