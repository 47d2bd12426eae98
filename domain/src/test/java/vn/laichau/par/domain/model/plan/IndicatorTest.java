package vn.laichau.par.domain.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private final Plan plan = new Plan("1/KH-UBND", "Kế hoạch thử", "UBND tỉnh", LocalDate.of(2017, 1, 10), 2017, 2020);
    private final Indicator onlineServices = plan.addIndicator("CT17", Optional.of("VII"), "Hồ sơ trực tuyến mức độ 3",
            "%", List.of(IndicatorTarget.everyYear(Comparison.MORE_THAN, new BigDecimal("40"))));
    private final Indicator iso = plan.addIndicator("CT19", Optional.of("VII"), "ISO 9001 cấp xã", "%",
            List.of(IndicatorTarget.inYear(2017, Comparison.AT_LEAST, new BigDecimal("70")),
                    IndicatorTarget.inYear(2020, Comparison.AT_LEAST, new BigDecimal("100"))));
    private final Indicator communes = plan.addIndicator("CT99", Optional.empty(), "Số xã đạt chuẩn", "xã",
            List.of(IndicatorTarget.everyYear(Comparison.AT_LEAST, new BigDecimal("30"))));

    @Test
    void aPercentageLiesBetweenZeroAndAHundredWithTwoDecimalsAtMost() {
        assertThat(onlineServices.problemWith(new BigDecimal("42.50"))).isEmpty();
        assertThat(onlineServices.problemWith(new BigDecimal("100"))).isEmpty();
        assertThat(onlineServices.problemWith(new BigDecimal("100.01"))).get()
                .extracting(IndicatorValueProblem::messageEn).asString().contains("percentage");
        assertThat(onlineServices.problemWith(new BigDecimal("-1"))).isPresent();
        assertThat(onlineServices.problemWith(new BigDecimal("42.505"))).get()
                .extracting(IndicatorValueProblem::messageEn).asString().contains("two decimals");
    }

    @Test
    void aCountIsAWholeNumberOfItsUnit() {
        assertThat(communes.problemWith(new BigDecimal("38"))).isEmpty();
        assertThat(communes.problemWith(new BigDecimal("38.00"))).isEmpty();
        assertThat(communes.problemWith(new BigDecimal("250"))).isEmpty();
        assertThat(communes.problemWith(new BigDecimal("37.5"))).get()
                .extracting(IndicatorValueProblem::messageVi).asString().contains("số nguyên");
        assertThat(communes.problemWith(new BigDecimal("10000000"))).isPresent();
    }

    @Test
    void theShortfallIsTheDistanceToTheYearsTargetAndZeroOnceMet() {
        assertThat(onlineServices.shortfall(2018, new BigDecimal("35.5"))).contains(new BigDecimal("4.5"));
        assertThat(onlineServices.shortfall(2018, new BigDecimal("41"))).contains(BigDecimal.ZERO);
        assertThat(onlineServices.isMetBy(2018, new BigDecimal("40"))).contains(false);
        assertThat(onlineServices.shortfall(2018, new BigDecimal("40"))).contains(BigDecimal.ZERO);
        assertThat(iso.shortfall(2017, new BigDecimal("65"))).contains(new BigDecimal("5"));
        assertThat(iso.shortfall(2018, new BigDecimal("65"))).isEmpty();
        assertThat(iso.shortfall(2020, new BigDecimal("100"))).contains(BigDecimal.ZERO);
    }

    @Test
    void aValueKeepsItsSourceAndNoteWhenCorrected() {
        IndicatorValue value = new IndicatorValue(1, 2018, new BigDecimal("42"), "Báo cáo 15/BC-UBND", "Số liệu sơ bộ");
        value.correct(new BigDecimal("43"), "Báo cáo 20/BC-UBND", null);

        assertThat(value.value()).isEqualByComparingTo("43");
        assertThat(value.source()).contains("Báo cáo 20/BC-UBND");
        assertThat(value.note()).isEmpty();
        assertThatThrownBy(() -> value.correct(new BigDecimal("-1"), null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParIndexResultIsRevisedWithinTheSameBounds() {
        ParIndexResult result = new ParIndexResult("Lai Châu", 2016, new BigDecimal("80.00"), 50, 63, null);
        AreaScore area = new AreaScore(2, "Xây dựng và tổ chức thực hiện văn bản QPPL", new BigDecimal("8.5"),
                new BigDecimal("10"));
        result.revise(new ParIndexResult.Figures(new BigDecimal("81.25"), ParIndexResult.HUNDRED, 45, 63,
                List.of(area), "Quyết định công bố"));

        assertThat(result.score()).isEqualByComparingTo("81.25");
        assertThat(result.rank()).contains(45);
        assertThat(result.areas()).extracting(AreaScore::name).containsExactly(area.name());
        assertThat(result.source()).isEqualTo("Quyết định công bố");
        assertThatThrownBy(() -> result.revise(new ParIndexResult.Figures(new BigDecimal("101"),
                ParIndexResult.HUNDRED, 1, 63, List.of(), null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result.revise(new ParIndexResult.Figures(new BigDecimal("80"),
                ParIndexResult.HUNDRED, 64, 63, List.of(), null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(result.score()).isEqualByComparingTo("81.25");
        assertThat(result.areas()).hasSize(1);
    }
}
