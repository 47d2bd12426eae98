package vn.laichau.par.domain.importing;

import java.util.Locale;
import java.util.Optional;

/** Roman numerals of area numbers, I to XXXIX. */
final class RomanNumerals {

    private static final String[] TENS = {"", "X", "XX", "XXX"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private RomanNumerals() {
    }

    static String of(int number) {
        if (number < 1 || number > 39) {
            throw new IllegalArgumentException("No area numeral for " + number);
        }
        return TENS[number / 10] + UNITS[number % 10];
    }

    static Optional<Integer> parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (int n = 1; n <= 39; n++) {
            if (of(n).equals(upper)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
