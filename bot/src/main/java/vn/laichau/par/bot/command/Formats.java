package vn.laichau.par.bot.command;

import vn.laichau.par.application.time.TimeConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import vn.laichau.par.domain.VietnameseDate;
import vn.laichau.par.domain.model.occurrence.OccurrenceStatus;

/** Dates as Vietnamese officials write them (dd/MM/yyyy, Asia/Ho_Chi_Minh) and status marks. */
final class Formats {

    public static final ZoneId ZONE = ZoneId.of(TimeConfiguration.DEFAULT_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu")
            .withZone(ZONE);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return VietnameseDate.of(date);
    }

    /** A moment as {@code 09:30 15/06/2019}, in Asia/Ho_Chi_Minh. */
    public static String timeAndDate(Instant instant) {
        return TIME_AND_DATE.format(instant);
    }

    /** A date typed as {@code 31/12/2026} or {@code 1/2/2026}. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DATE, SHORT_DATE}) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A mark in front of a status, so that a list can be read at a glance. */
    public static String mark(OccurrenceStatus status) {
        return switch (status) {
            case OVERDUE -> "🔴";
            case DUE_SOON -> "🟠";
            case NOT_YET_DUE -> "⚪";
            case FINISHED_EARLY, FINISHED_ON_TIME -> "✅";
            case FINISHED_LATE -> "☑️";
        };
    }
}
