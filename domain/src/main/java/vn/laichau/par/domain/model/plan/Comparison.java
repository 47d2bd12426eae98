package vn.laichau.par.domain.model.plan;

import java.math.BigDecimal;

/** How a measured value is compared with a target: "trên 40 %" is more than, "từ 80 % trở lên" at least. */
public enum Comparison {
    /** "trên", "đạt trên": strictly above the target. */
    MORE_THAN(">"),
    /** "từ … trở lên", "đạt", "đảm bảo": the target or above. */
    AT_LEAST("≥");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isMetBy(BigDecimal value, BigDecimal target) {
        int order = value.compareTo(target);
        return this == MORE_THAN ? order > 0 : order >= 0;
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
