package vn.laichau.par.domain.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A phrase the engine cannot date with certainty ("Theo hướng dẫn của Bộ Nội vụ", "Theo kế hoạch của UBND
 * tỉnh"): it yields no due date, and a person must enter one ({@link SetByHand}).
 *
 * @param phrase   the phrase as read, normalised to NFC
 * @param reasonVi why it needs a person, in Vietnamese
 */
public record NeedsManualDate(String phrase, String reasonVi) implements DeadlineRule {

    public NeedsManualDate {
        Objects.requireNonNull(phrase, "phrase");
        if (reasonVi == null || reasonVi.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
    }

    @Override
    public DeadlineKind kind() {
        return DeadlineKind.NEEDS_MANUAL_DATE;
    }

    @Override
    public List<DueDate> dueDates(int planYear, DeadlineContext context) {
        return List.of();
    }

    @Override
    public Optional<String> missingInformation(DeadlineContext context) {
        return Optional.of(reasonVi);
    }

    @Override
    public String describe() {
        return phrase.isBlank() ? "Cần cán bộ nhập ngày" : "Cần cán bộ nhập ngày (" + phrase + ")";
    }
}
