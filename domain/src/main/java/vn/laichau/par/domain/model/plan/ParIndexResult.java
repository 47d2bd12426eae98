package vn.laichau.par.domain.model.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A province's PAR INDEX for one year, as the Ministry of Home Affairs published it: a score out of the year's
 * maximum (100 in most years; 97.5 in 2016), the rank out of the number of provinces ranked that year (63; 34 since
 * 2025) when it is known, and the points per area when they are known.
 */
@Entity
@Table(name = "par_index_result", uniqueConstraints = @UniqueConstraint(name = "uk_par_index_result_province_year",
        columnNames = {"province", "result_year"}))
public class ParIndexResult {

    /** The maximum of most years. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province", nullable = false, length = 64)
    private String province;

    @Column(name = "result_year", nullable = false)
    private int year;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "max_score", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxScore;

    @Column(name = "rank_position")
    private Integer rank;

    @Column(name = "ranked_out_of")
    private Integer rankedOutOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "par_index_area_result", joinColumns = @JoinColumn(name = "result_id"))
    @OrderBy("area")
    private List<AreaScore> areas = new ArrayList<>();

    @Column(name = "source", length = 500)
    private String source;

    @Version
    @Column(name = "version")
    private long version;

    protected ParIndexResult() {
    }

    /** A result out of 100 points with its rank and no per-area points. */
    public ParIndexResult(String province, int year, BigDecimal score, int rank, int rankedOutOf, String source) {
        this(province, year, new Figures(score, HUNDRED, rank, rankedOutOf, List.of(), source));
    }

    public ParIndexResult(String province, int year, Figures figures) {
        this.province = Texts.required(province, "province");
        this.year = year;
        revise(figures);
    }

    /**
     * What the Ministry publishes for a province and year.
     *
     * @param maxScore    the most points a province could get that year
     * @param rank        the province's place, 1 being the best; null when not known, with {@code rankedOutOf}
     * @param rankedOutOf how many provinces were ranked that year; null when the rank is not known
     * @param areas       the points per area, when known; each area once
     */
    public record Figures(BigDecimal score, BigDecimal maxScore, Integer rank, Integer rankedOutOf,
                          List<AreaScore> areas, String source) {

        public Figures {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(maxScore, "maxScore");
            areas = List.copyOf(areas);
            if (maxScore.signum() <= 0 || maxScore.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("A PAR INDEX is out of at most 100 points, not " + maxScore);
            }
            if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
                throw new IllegalArgumentException("A PAR INDEX score lies between 0 and " + maxScore + ", not "
                        + score);
            }
            if ((rank == null) != (rankedOutOf == null)) {
                throw new IllegalArgumentException("A rank needs the number of provinces ranked, and the other way");
            }
            if (rank != null && (rankedOutOf < 1 || rank < 1 || rank > rankedOutOf)) {
                throw new IllegalArgumentException("Rank " + rank + "/" + rankedOutOf + " is impossible");
            }
            Set<Integer> seen = new HashSet<>();
            for (AreaScore area : areas) {
                if (!seen.add(area.area())) {
                    throw new IllegalArgumentException("Area " + area.area() + " is given twice");
                }
            }
        }
    }

    /** Replaces the published figures, e.g. when the Ministry corrects them or a typing error is found. */
    public void revise(Figures figures) {
        this.score = figures.score();
        this.maxScore = figures.maxScore();
        this.rank = figures.rank();
        this.rankedOutOf = figures.rankedOutOf();
        this.areas.clear();
        this.areas.addAll(figures.areas());
        this.areas.sort(Comparator.comparingInt(AreaScore::area));
        this.source = Texts.optional(figures.source());
    }

    /** The figures as they stand. */
    public Figures figures() {
        return new Figures(score, maxScore, rank, rankedOutOf, areas, source);
    }

    /** The change in score since an earlier result, in points. */
    public BigDecimal scoreChangeSince(ParIndexResult earlier) {
        return score.subtract(earlier.score);
    }

    /** Places gained since an earlier result (negative when the province fell); empty when a rank is unknown. */
    public OptionalInt placesGainedSince(ParIndexResult earlier) {
        return rank == null || earlier.rank == null ? OptionalInt.empty() : OptionalInt.of(earlier.rank - rank);
    }

    /** "59/63", or "—" when the rank is not known. */
    public String rankText() {
        return rank == null ? "—" : rank + "/" + rankedOutOf;
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

    public BigDecimal maxScore() {
        return maxScore;
    }

    /** The province's place, when the publication gives it. */
    public Optional<Integer> rank() {
        return Optional.ofNullable(rank);
    }

    /** How many provinces were ranked, when the rank is known. */
    public Optional<Integer> rankedOutOf() {
        return Optional.ofNullable(rankedOutOf);
    }

    /** The points per area, by area number; empty when not known. */
    public List<AreaScore> areas() {
        return List.copyOf(areas);
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
