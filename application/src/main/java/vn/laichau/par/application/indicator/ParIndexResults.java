package vn.laichau.par.application.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.laichau.par.domain.Refusal;
import vn.laichau.par.domain.Refusal.Violation;
import vn.laichau.par.domain.UserText;
import vn.laichau.par.domain.model.audit.Actor;
import vn.laichau.par.domain.model.plan.AreaScore;
import vn.laichau.par.domain.model.plan.ParIndexResult;
import vn.laichau.par.persistence.plan.ParIndexRepository;

/**
 * Provinces' PAR INDEX results year by year: an administrator enters a year's published result and corrects it,
 * each figure on the audit trail; everyone reads them, and the trend dashboard shows them.
 */
@ApplicationScoped
public class ParIndexResults {

    /** The province a result is of when none is named. */
    public static final String DEFAULT_PROVINCE = "Lai Châu";
    /** The Ministry of Home Affairs published the first PAR INDEX for 2012. */
    static final int FIRST_YEAR = 2012;
    static final int MOST_PROVINCES = 63;
    /** More areas than any version of the index has had. */
    static final int MOST_AREAS = 20;

    private final ParIndexRepository results;
    private final Clock clock;

    /**
     * A year's figures as published: the score out of the year's maximum (100 when not given), the rank among the
     * provinces ranked (both or neither), the points per area when known, and where it says so.
     */
    public record Figures(BigDecimal score, BigDecimal maxScore, Integer rank, Integer rankedOutOf,
                          List<AreaFigures> areas, String source) {

        /** A result out of 100 points, without per-area points. */
        public Figures(BigDecimal score, Integer rank, Integer rankedOutOf, String source) {
            this(score, null, rank, rankedOutOf, null, source);
        }

        BigDecimal maximum() {
            return maxScore == null ? ParIndexResult.HUNDRED : maxScore;
        }

        List<AreaFigures> areaList() {
            return areas == null ? List.of() : areas;
        }

        ParIndexResult.Figures toResult() {
            return new ParIndexResult.Figures(score, maximum(), rank, rankedOutOf, areaList().stream()
                    .map(a -> new AreaScore(a.area(), nfc(a.name()), a.score(), a.maxScore())).toList(), source);
        }
    }

    /** One area's published points: its number in the index (1, 2, …), its name, and its maximum when known. */
    public record AreaFigures(Integer area, String name, BigDecimal score, BigDecimal maxScore) {
    }

    /** For the container's client proxy only. */
    protected ParIndexResults() {
        this(null, null);
    }

    @Inject
    public ParIndexResults(ParIndexRepository results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    /** Results in id order after {@code afterId}, at most {@code limit}, of one province or of all. */
    @Transactional
    public List<ParIndexResult> list(Optional<String> province, long afterId, int limit) {
        return results.list(province.map(ParIndexResults::nfc), afterId, limit);
    }

    /** One result; refused when there is none. */
    @Transactional
    public ParIndexResult get(long id) {
        return results.findById(id).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND,
                "par-index-result-not-found", "Không tìm thấy kết quả Chỉ số CCHC " + id, "No PAR INDEX result " + id));
    }

    /**
     * Enters a province's result of a year between the first PAR INDEX and this year; a province has one result a
     * year. Without a province it is {@value #DEFAULT_PROVINCE}'s.
     */
    @Transactional
    public ParIndexResult enter(Actor actor, String province, Integer year, Figures figures) {
        String named = province == null || province.isBlank() ? DEFAULT_PROVINCE : nfc(province);
        List<Violation> violations = new ArrayList<>();
        if (named.length() > 64) {
            violations.add(new Violation("province", "Tối đa 64 ký tự", "at most 64 characters"));
        } else {
            UserText.violation("province", named, false).ifPresent(violations::add);
        }
        int lastYear = LocalDate.now(clock).getYear();
        if (year == null) {
            violations.add(new Violation("year", "Cần năm", "the year is required"));
        } else if (year < FIRST_YEAR || year > lastYear) {
            violations.add(new Violation("year", "Năm phải từ " + FIRST_YEAR + " đến " + lastYear,
                    "the year must lie between " + FIRST_YEAR + " and " + lastYear));
        }
        checkFigures(figures, violations);
        if (results.find(named, year).isPresent()) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "par-index-result-exists",
                    "Đã có kết quả Chỉ số CCHC năm " + year + " của " + named + "; hãy sửa kết quả đó",
                    named + " already has a PAR INDEX result for " + year + "; correct that one");
        }
        ParIndexResult result = new ParIndexResult(named, year, figures.toResult());
        return results.add(result, actor);
    }

    /** Corrects the figures of a stored result read at {@code expectedVersion}; province and year stay. */
    @Transactional
    public ParIndexResult correct(Actor actor, long id, long expectedVersion, Figures figures) {
        get(id);
        checkFigures(figures, new ArrayList<>());
        try {
            return results.revise(id, expectedVersion, figures.toResult(), actor);
        } catch (OptimisticLockException e) {
            throw Refusal.stale("Kết quả Chỉ số CCHC", "PAR INDEX result", id);
        }
    }

    /** Checks the figures, adding to {@code violations}; refuses when any is wrong. */
    private static void checkFigures(Figures figures, List<Violation> violations) {
        BigDecimal score = figures.score();
        BigDecimal maximum = figures.maximum();
        Integer rank = figures.rank();
        Integer rankedOutOf = figures.rankedOutOf();
        boolean maximumReadable = true;
        if (!points(maximum) || maximum.signum() == 0) {
            maximumReadable = false;
            violations.add(new Violation("maxScore", "Điểm tối đa lớn hơn 0, không quá 100, tối đa hai chữ số thập phân",
                    "a maximum above 0, at most 100, with at most two decimals"));
        }
        if (score == null) {
            violations.add(new Violation("score", "Cần điểm", "the score is required"));
        } else if (!points(score) || (maximumReadable && score.compareTo(maximum) > 0)) {
            String most = maximumReadable ? maximum.stripTrailingZeros().toPlainString() : "100";
            violations.add(new Violation("score", "Điểm từ 0 đến " + most + ", tối đa hai chữ số thập phân",
                    "a score from 0 to " + most + " with at most two decimals"));
        }
        if (rank == null && rankedOutOf != null) {
            violations.add(new Violation("rank", "Có số tỉnh được xếp hạng thì cần thứ hạng",
                    "the rank is required with the number of provinces ranked"));
        }
        if (rankedOutOf == null && rank != null) {
            violations.add(new Violation("rankedOutOf", "Có thứ hạng thì cần số tỉnh được xếp hạng",
                    "the number of provinces ranked is required with the rank"));
        }
        if (rankedOutOf != null && (rankedOutOf < 1 || rankedOutOf > MOST_PROVINCES)) {
            violations.add(new Violation("rankedOutOf", "Từ 1 đến " + MOST_PROVINCES + " tỉnh",
                    "from 1 to " + MOST_PROVINCES + " provinces"));
        }
        if (rank != null && (rank < 1 || (rankedOutOf != null && rank > rankedOutOf))) {
            violations.add(new Violation("rank", "Thứ hạng từ 1 đến số tỉnh được xếp hạng",
                    "a rank from 1 to the number of provinces ranked"));
        }
        checkAreas(figures.areaList(), maximumReadable ? maximum : ParIndexResult.HUNDRED, violations);
        if (figures.source() != null && figures.source().length() > 500) {
            violations.add(new Violation("source", "Tối đa 500 ký tự", "at most 500 characters"));
        } else if (figures.source() != null) {
            UserText.violation("source", UserText.cleaned(figures.source(), false), false).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid("invalid-par-index-result", "Kết quả Chỉ số CCHC không hợp lệ",
                    "The PAR INDEX result is invalid", violations);
        }
    }

    private static void checkAreas(List<AreaFigures> areas, BigDecimal maximum, List<Violation> violations) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            AreaFigures area = areas.get(i);
            String field = "areas[" + i + "]";
            if (area == null) {
                violations.add(new Violation(field, "Thiếu lĩnh vực", "an empty area"));
                continue;
            }
            if (area.area() == null || area.area() < 1 || area.area() > MOST_AREAS) {
                violations.add(new Violation(field + ".area", "Số thứ tự lĩnh vực từ 1 đến " + MOST_AREAS,
                        "an area number from 1 to " + MOST_AREAS));
            } else if (!seen.add(area.area())) {
                violations.add(new Violation(field + ".area", "Lĩnh vực " + area.area() + " đã có ở trên",
                        "area " + area.area() + " is given twice"));
            }
            if (area.name() == null || area.name().isBlank() || area.name().strip().length() > 200) {
                violations.add(new Violation(field + ".name", "Cần tên lĩnh vực, tối đa 200 ký tự",
                        "the area's name is required, at most 200 characters"));
            } else {
                UserText.violation(field + ".name", UserText.cleaned(area.name(), false), false)
                        .ifPresent(violations::add);
            }
            boolean maxReadable = area.maxScore() == null
                    || (points(area.maxScore()) && area.maxScore().compareTo(maximum) <= 0);
            if (!maxReadable) {
                violations.add(new Violation(field + ".maxScore", "Điểm tối đa của lĩnh vực không quá điểm tối đa "
                        + "của chỉ số, tối đa hai chữ số thập phân",
                        "the area's maximum is at most the index's, with at most two decimals"));
            }
            BigDecimal most = area.maxScore() != null && maxReadable ? area.maxScore() : maximum;
            if (area.score() == null || !points(area.score()) || area.score().compareTo(most) > 0) {
                violations.add(new Violation(field + ".score", "Điểm của lĩnh vực từ 0 đến "
                        + most.stripTrailingZeros().toPlainString(), "the area's score from 0 to "
                        + most.stripTrailingZeros().toPlainString()));
            }
        }
    }

    /** A number of points: from 0 to 100 with at most two decimals. */
    private static boolean points(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(ParIndexResult.HUNDRED) <= 0
                && value.stripTrailingZeros().scale() <= 2;
    }

    private static String nfc(String text) {
        return UserText.cleaned(text, false);
    }
}
