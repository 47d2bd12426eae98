package vn.laichau.par.domain.model.plan;

import java.math.BigDecimal;

/**
 * How a measured value is compared with a target: "trên 40 %" is more than, "từ 80 % trở lên" at least, and "năm
 * sau cao hơn năm trước" more than the previous year's actual value, whatever it was.
 */
public enum Comparison {
    /** "trên", "đạt trên": strictly above the target. */
    MORE_THAN(">"),
    /** "từ … trở lên", "đạt", "đảm bảo": the target or above. */
    AT_LEAST("≥"),
    /** "năm sau cao hơn năm trước", "tăng so với năm trước liền kề": strictly above the previous year's actual. */
    ABOVE_LAST_YEAR("↑");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * Whether {@code value} meets {@code target}; for {@link #ABOVE_LAST_YEAR} the target is the previous year's
     * actual value.
     */
    public boolean isMetBy(BigDecimal value, BigDecimal target) {
        int order = value.compareTo(target);
        return this == AT_LEAST ? order >= 0 : order > 0;
    }

    /** Whether the target is the previous year's actual value rather than a number the plan sets. */
    public boolean isRelativeToLastYear() {
        return this == ABOVE_LAST_YEAR;
    }

    /** How the comparison reads in Vietnamese before its target ("trên", "từ … trở lên", "cao hơn năm trước"). */
    public String wordsVi() {
        return switch (this) {
            case MORE_THAN -> "trên";
            case AT_LEAST -> "đạt";
            case ABOVE_LAST_YEAR -> "cao hơn năm trước";
        };
    }

    public static Comparison fromSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol.strip()) || c.name().equals(symbol.strip())) {
                return c;
            }
        }
        if (symbol.strip().equals(">=")) {
            return AT_LEAST;
        }
        throw new IllegalArgumentException("Unknown comparison " + symbol);
    }
}
