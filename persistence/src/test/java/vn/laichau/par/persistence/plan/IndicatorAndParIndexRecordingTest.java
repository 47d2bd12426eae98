package vn.laichau.par.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.audit.AuditEntry;
import vn.laichau.par.domain.model.audit.Channel;
import vn.laichau.par.domain.model.plan.AreaScore;
import vn.laichau.par.domain.model.plan.IndicatorValue;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.Jpa;
import vn.laichau.par.persistence.audit.AuditTrail;

class IndicatorAndParIndexRecordingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-03-01T01:00:00Z"), ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor(Optional.empty(), "Sở Nội vụ", Channel.API);

    private long planId;

    @BeforeEach
    void load() {
        Jpa.cleanAndLoadShippedPlan();
        planId = Jpa.count("SELECT id FROM plan WHERE number = '447/KH-UBND'");
    }

    @Test
    void aValueKeepsItsSourceAndEachChangedFieldIsAudited() {
        long indicatorId = Jpa.count("SELECT id FROM indicator WHERE code = 'CT17' AND plan_id = " + planId);
        IndicatorValue first = Jpa.inTransaction(em -> new IndicatorRepository(em, CLOCK).recordValue(indicatorId, 2018,
                new BigDecimal("35.50"), "Báo cáo 15/BC-UBND", null, Optional.empty(), ADMIN));
        Jpa.run(em -> new IndicatorRepository(em, CLOCK).recordValue(indicatorId, 2018, new BigDecimal("35.5"),
                "Báo cáo 20/BC-UBND", "Số liệu chính thức", Optional.of(first.version()), ADMIN));

        Jpa.run(em -> {
            IndicatorRepository indicators = new IndicatorRepository(em, CLOCK);
            IndicatorValue stored = indicators.valueIn(indicatorId, 2018).orElseThrow();
            assertThat(stored.source()).contains("Báo cáo 20/BC-UBND");
            assertThat(stored.note()).contains("Số liệu chính thức");
            assertThat(indicators.valuesOfPlan(planId)).extracting(IndicatorValue::indicatorId).containsExactly(indicatorId);
            assertThat(new AuditTrail(em, CLOCK).historyOf(AuditTrail.INDICATOR_VALUE, first.id()))
                    .extracting(AuditEntry::field).containsExactlyInAnyOrder("actual_value", "source", "source", "note");
        });
        assertThat(Jpa.count("SELECT COUNT(*) FROM indicator_value WHERE source = 'Báo cáo 20/BC-UBND'")).isEqualTo(1);
    }

    @Test
    void aParIndexResultIsEnteredAndRevisedWithItsVersionAndAudited() {
        ParIndexResult entered = Jpa.inTransaction(em -> new ParIndexRepository(em, CLOCK)
                .add(new ParIndexResult("Lai Châu", 2017, new BigDecimal("80.00"), 50, 63, null), ADMIN));
        AreaScore area = new AreaScore(1, "Công tác chỉ đạo, điều hành CCHC", new BigDecimal("7.5"), new BigDecimal("9"));
        Jpa.run(em -> new ParIndexRepository(em, CLOCK).revise(entered.id(), entered.version(),
                new ParIndexResult.Figures(new BigDecimal("81.25"), new BigDecimal("99"), null, null, List.of(area),
                        "Quyết định 1/QĐ-BNV"), ADMIN));
        assertThatThrownBy(() -> Jpa.run(em -> new ParIndexRepository(em, CLOCK).revise(entered.id(), entered.version(),
                new ParIndexResult.Figures(new BigDecimal("90"), ParIndexResult.HUNDRED, 1, 63, List.of(), null),
                ADMIN))).isInstanceOf(OptimisticLockException.class);

        Jpa.run(em -> {
            ParIndexResult stored = new ParIndexRepository(em, CLOCK).find("Lai Châu", 2017).orElseThrow();
            assertThat(stored.score()).isEqualByComparingTo("81.25");
            assertThat(stored.maxScore()).isEqualByComparingTo("99");
            assertThat(stored.rank()).isEmpty();
            assertThat(stored.areas()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Công tác chỉ đạo, điều hành CCHC");
                assertThat(a.score()).isEqualByComparingTo("7.5");
                assertThat(a.maxScore()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("9"));
            });
            ParIndexResult published2016 = new ParIndexRepository(em, CLOCK).find("Lai Châu", 2016).orElseThrow();
            assertThat(published2016.maxScore()).isEqualByComparingTo("97.5");
            assertThat(published2016.rank()).isEmpty();
            assertThat(new ParIndexRepository(em, CLOCK).history("Lai Châu")).extracting(ParIndexResult::year)
                    .containsExactly(2012, 2013, 2014, 2015, 2016, 2017, 2022);
            assertThat(new AuditTrail(em, CLOCK).historyOf(ParIndexRepository.AUDITED_AS, entered.id()))
                    .extracting(e -> e.field() + ":" + e.newValue().orElse(""))
                    .containsExactlyInAnyOrder("score:80/100", "rank:50/63", "score:81.25/99", "rank:—",
                            "areas:1 7.5/9", "source:Quyết định 1/QĐ-BNV");
        });
    }
}
