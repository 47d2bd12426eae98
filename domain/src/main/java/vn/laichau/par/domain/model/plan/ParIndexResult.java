package vn.laichau.par.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A province's PAR INDEX for one year, as the Ministry of Home Affairs published it: a score out of 100 and
 * a rank out of the number of provinces ranked that year (63; 34 since 2025).
 */
@Entity
@Table(name = "par_index_result", uniqueConstraints = @UniqueConstraint(name = "uk_par_index_result_province_year",
        columnNames = {"province", "result_year"}))
public class ParIndexResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province", nullable = false, length = 64)
    private String province;

    @Column(name = "result_year", nullable = false)
    private int year;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "rank_position", nullable = false)
    private int rank;

    @Column(name = "ranked_out_of", nullable = false)
    private int rankedOutOf;

    @Column(name = "source", length = 500)
    private String source;

    @Version
    @Column(name = "version")
    private long version;

    protected ParIndexResult() {
    }

    public ParIndexResult(String province, int year, BigDecimal score, int rank, int rankedOutOf, String source) {
        this.province = Texts.required(province, "province");
        this.year = year;
        revise(score, rank, rankedOutOf, source);
    }

    /** Replaces the published figures, e.g. when the Ministry corrects them or a typing error is found. */
    public void revise(BigDecimal newScore, int newRank, int newRankedOutOf, String newSource) {
        Objects.requireNonNull(newScore, "score");
        if (newScore.signum() < 0 || newScore.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A PAR INDEX score lies between 0 and 100, not " + newScore);
        }
        if (newRankedOutOf < 1 || newRank < 1 || newRank > newRankedOutOf) {
            throw new IllegalArgumentException("Rank " + newRank + "/" + newRankedOutOf + " is impossible");
        }
        this.score = newScore;
        this.rank = newRank;
        this.rankedOutOf = newRankedOutOf;
        this.source = Texts.optional(newSource);
    }

    /** The change in score since an earlier result, in points. */
    public BigDecimal scoreChangeSince(ParIndexResult earlier) {
        return score.subtract(earlier.score);
    }

    /** Places gained since an earlier result (negative when the province fell). */
    public int placesGainedSince(ParIndexResult earlier) {
        return earlier.rank - rank;
    }

    public Long id() {
        return id;
    }

    public String province() {
        return province;
    }

    public int year() {
        return year;
    }

    public BigDecimal score() {
        return score;
    }

    public int rank() {
        return rank;
    }

    public int rankedOutOf() {
        return rankedOutOf;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
