package vn.laichau.par.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off work that is not a weekend day.
 *
 * @param date   the day
 * @param nameVi its Vietnamese name, as shown to officials
 * @param source why the day is off
 */
public record Holiday(LocalDate date, String nameVi, HolidaySource source) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (nameVi == null || nameVi.isBlank()) {
            throw new IllegalArgumentException("A holiday needs a name");
        }
    }
}
