package vn.laichau.par.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as Vietnamese officials read it in a sentence: {@code 25/12/2019}. */
public final class VietnameseDate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private VietnameseDate() {
    }

    public static String of(LocalDate day) {
        return DAY.format(day);
    }
}
