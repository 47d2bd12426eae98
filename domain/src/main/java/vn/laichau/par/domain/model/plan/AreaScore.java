package vn.laichau.par.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A province's points in one area (lĩnh vực) of a published PAR INDEX, with the area's maximum when the
 * publication gives it.
 */
@Embeddable
public class AreaScore {

    @Column(name = "area_number", nullable = false)
    private int area;

    @Column(name = "area_name", nullable = false, length = 200)
    private String name;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "max_score", precision = 5, scale = 2)
    private BigDecimal maxScore;

    protected AreaScore() {
    }

    public AreaScore(int area, String name, BigDecimal score, BigDecimal maxScore) {
        if (area < 1) {
            throw new IllegalArgumentException("Areas are numbered from 1, not " + area);
        }
        this.area = area;
        this.name = Texts.required(name, "area name");
        this.score = Objects.requireNonNull(score, "score");
        this.maxScore = maxScore;
        if (score.signum() < 0 || (maxScore != null && score.compareTo(maxScore) > 0)) {
            throw new IllegalArgumentException("Area " + area + " scores " + score + ", outside 0.." + maxScore);
        }
    }

    public int area() {
        return area;
    }

    public String name() {
        return name;
    }

    public BigDecimal score() {
        return score;
    }

    public Optional<BigDecimal> maxScore() {
        return Optional.ofNullable(maxScore);
    }
}
