package vn.laichau.par.domain.parindex;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** How the ministry scores a component of the PAR INDEX. */
public enum ScoringKind {
    /** Appraised self-assessment: points come with evidence of work done — the part the plan's tasks control. */
    EVIDENCE("thẩm định, có tài liệu kiểm chứng"),
    /** A survey (SIPAS, or the survey of leaders and managers): not controlled by tasks. */
    SURVEY("điều tra xã hội học"),
    /** Socio-economic statistics: not controlled by tasks. */
    STATISTIC("số liệu thống kê");

    private final String labelVi;

    ScoringKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    /** Whether the plan's obligations, done with evidence, earn these points. */
    public boolean controlledByTasks() {
        return this == EVIDENCE;
    }

    /**
     * Reads a cell: the English name in any case, or the Vietnamese words "thẩm định" / "kiểm chứng", "điều tra"
     * / "khảo sát" / "SIPAS", "thống kê" (with or without diacritics).
     */
    public static Optional<ScoringKind> read(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(cell.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        for (ScoringKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(folded)) {
                return Optional.of(kind);
            }
        }
        if (folded.contains("tham dinh") || folded.contains("kiem chung")) {
            return Optional.of(EVIDENCE);
        }
        if (folded.contains("dieu tra") || folded.contains("khao sat") || folded.contains("sipas")) {
            return Optional.of(SURVEY);
        }
        return folded.contains("thong ke") ? Optional.of(STATISTIC) : Optional.empty();
    }
}
