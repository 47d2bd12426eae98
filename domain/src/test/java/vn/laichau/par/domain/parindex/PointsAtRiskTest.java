package vn.laichau.par.domain.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A small index built by hand, every number checked by hand. */
class PointsAtRiskTest {

    private static Component component(long id, String code, String points, ScoringKind scoring) {
        return new Component(id, 1, "Lĩnh vực thử", "1.1", "Tiêu chí thử", code, "Thành phần " + code,
                new BigDecimal(points), scoring, "");
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    @Test
    void everyFigureOfAHandBuiltIndex() {
        Component a = component(1, "1.1.1", "10", ScoringKind.EVIDENCE);
        Component b = component(2, "1.1.2", "4", ScoringKind.EVIDENCE);
        Component survey = component(3, "8.1", "10", ScoringKind.SURVEY);
        Component unmapped = component(4, "1.1.3", "2.5", ScoringKind.EVIDENCE);
        List<Tally> tallies = List.of(
                new Tally(1, 100, 4, 3),   // agency 100: 1 of 4 outstanding
                new Tally(1, 200, 4, 1),   // agency 200: 3 of 4 outstanding
                new Tally(2, 200, 3, 0));  // agency 200: 3 of 3 outstanding

        PointsAtRisk.Result result = PointsAtRisk.of(List.of(a, b, survey, unmapped), tallies);

        // a: 10 × (1 − 4/8) = 5.00; b: 4 × (1 − 0/3) = 4.00; unmapped: nothing tracks it, all 2.50 at risk
        assertThat(result.evidence()).extracting(r -> r.component().code() + " " + r.obligations() + "/"
                        + r.doneWithEvidence() + " " + r.atRisk() + " " + r.tracked())
                .containsExactly("1.1.1 8/4 5.00 true", "1.1.2 3/0 4.00 true", "1.1.3 0/0 2.50 false");
        assertThat(result.maximum()).isEqualTo(points("16.50"));
        assertThat(result.atRisk()).isEqualTo(points("11.50"));
        assertThat(result.projected()).isEqualTo(points("5.00"));
        assertThat(result.notControlled()).containsExactly(survey);
        assertThat(result.notControlledMaximum()).isEqualTo(points("10.00"));
        // agency 200: 10 × 3/8 + 4 × 3/3 = 3.75 + 4 = 7.75; agency 100: 10 × 1/8 = 1.25
        assertThat(result.agencies()).extracting(r -> r.agencyId() + " " + r.atRisk() + " " + r.obligationsOutstanding())
                .containsExactly("200 7.75 6", "100 1.25 1");
        // per component: agency 200 holds 4 × 3/3 = 4.00 of b and 10 × 3/8 = 3.75 of a; agency 100 10 × 1/8 = 1.25
        assertThat(PointsAtRisk.shares(List.of(a, b, survey, unmapped), tallies))
                .extracting(s -> s.agencyId() + " " + s.component().code() + " " + s.outstanding() + "/"
                        + s.obligations() + " " + s.atRisk())
                .containsExactly("200 1.1.2 3/3 4.00", "200 1.1.1 3/4 3.75", "100 1.1.1 1/4 1.25");
    }

    @Test
    void aComponentDoneWithEvidenceEverywhereRisksNothingAndPointsRoundHalfUp() {
        Component done = component(1, "2.1", "6", ScoringKind.EVIDENCE);
        Component third = component(2, "2.2", "1", ScoringKind.EVIDENCE);

        PointsAtRisk.Result result = PointsAtRisk.of(List.of(done, third),
                List.of(new Tally(1, 7, 5, 5), new Tally(2, 7, 3, 1)));

        // 6 × 0/5 = 0; 1 × 2/3 = 0.666… → 0.67
        assertThat(result.evidence()).extracting(r -> r.atRisk().toPlainString()).containsExactly("0.67", "0.00");
        assertThat(result.projected()).isEqualTo(points("6.33"));
        assertThat(result.agencies()).extracting(r -> r.agencyId() + " " + r.atRisk()).containsExactly("7 0.67");
    }
}
